import type { RegionReference } from '../reference/regions';
import type { Vacancy } from '../schema/publishedVacancy';
import { checkJobPosting } from './checkJobPosting';
import { jobPostingFor, type JobPostingContext } from './jobPosting';
import { serializeJsonLd } from './serializeJsonLd';

/** The names JSON-LD needs, from the reference regions and the ingest's offices (for scripts that have no site index). */
export function jobPostingContext(regions: RegionReference, sources: readonly { source: string; name: string }[]): JobPostingContext {
  return { provinceByCode: regions.provinceByCode, regencyByCode: regions.regencyByCode, sourceByName: new Map(sources.map((s) => [s.source, s])) };
}

/**
 * Every way an open vacancy's JobPosting JSON-LD, as the page would print it, breaks one of Google's required rules:
 * one line per problem, naming the file and row to fix. Closed vacancies carry no JSON-LD and are not checked.
 */
export function checkOpenVacancies(vacancies: readonly Vacancy[], ctx: JobPostingContext): string[] {
  const problems: string[] = [];
  for (const v of vacancies) {
    if (!v.is_open) continue;
    const printed = JSON.parse(serializeJsonLd(jobPostingFor(v, ctx))) as unknown;
    for (const e of checkJobPosting(printed).errors) {
      problems.push(`${v.file} baris/line ${v.line} (lowongan ${v.slug}): data terstruktur JobPosting melanggar aturan Google / JobPosting structured data breaks a Google rule: ${e.message}`);
    }
  }
  return problems;
}
