// Judging and scoring for the relevance benchmark: which open vacancies a judged query is about, and P@10 and recall.
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';
import type { JudgedQuery, Judgment, QueryCategory } from './relevanceQueries';

/** Whether an open vacancy meets every fact of a judgment. */
export function isRelevant(v: Vacancy, j: Judgment): boolean {
  if (!v.is_open) return false;
  if (j.occupation && !j.occupation.some((prefix) => v.occupation_unit.startsWith(prefix))) return false;
  if (j.employmentType && !j.employmentType.includes(v.employment_type)) return false;
  if (j.workMode && !j.workMode.includes(v.work_mode ?? 'onsite')) return false;
  if (j.disabilityFriendly && !v.disability_friendly) return false;
  if (j.place && !j.place.some((code) => code === v.province_code || code === v.regency_code)) return false;
  return true;
}

/** What the search page returned for a query: the words it searched (after any correction), its first page, every result. */
export interface Observed { searched: string; first: readonly string[]; all: readonly string[] }

/** One query's scores. */
export interface QueryScore {
  q: string;
  category: QueryCategory;
  searched: string;
  relevant: number;
  results: number;
  /** Relevant among the first ten shown, over ten or the number of relevant vacancies if fewer: 1 when the first page is as good as it can be. */
  precisionAt10: number;
  /** Relevant vacancies found anywhere in the results, over all relevant ones. */
  recall: number;
  /** Relevant among all results, over the results (1 when there are none): what a word that pulls in other trades lowers. */
  precision: number;
}

/** Scores a query's observed results against its relevant vacancy URLs. */
export function scoreQuery(query: JudgedQuery, relevantUrls: ReadonlySet<string>, observed: Observed): QueryScore {
  const first = observed.first.slice(0, 10);
  const hits = first.filter((url) => relevantUrls.has(url)).length;
  const found = new Set(observed.all.filter((url) => relevantUrls.has(url))).size;
  return {
    q: query.q, category: query.category, searched: observed.searched, relevant: relevantUrls.size, results: observed.all.length,
    precisionAt10: relevantUrls.size ? hits / Math.min(10, relevantUrls.size) : first.length ? 0 : 1,
    recall: relevantUrls.size ? found / relevantUrls.size : 1,
    precision: observed.all.length ? observed.all.filter((url) => relevantUrls.has(url)).length / observed.all.length : 1,
  };
}

/** Mean P@10 and recall per category and overall, and how many queries had no results although relevant vacancies exist. */
export function summarize(scores: readonly QueryScore[]): { category: string; queries: number; precisionAt10: number; recall: number; precision: number; zero: number }[] {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const groups = [...new Set(scores.map((s) => s.category as string)), 'all'];
  return groups.map((category) => {
    const of = scores.filter((s) => category === 'all' || s.category === category);
    return {
      category, queries: of.length, precisionAt10: mean(of.map((s) => s.precisionAt10)), recall: mean(of.map((s) => s.recall)), precision: mean(of.map((s) => s.precision)),
      zero: of.filter((s) => s.results === 0 && s.relevant > 0).length,
    };
  });
}
