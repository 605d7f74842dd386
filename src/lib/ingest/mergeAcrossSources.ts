import { labelKey } from '../parse/parseScalars';
import type { Issue } from '../issues/issue';
import { otherRow, type Candidate } from './candidate';

/** Key under which two offices' reports are the same vacancy: employer, title, place and dates after normalising. */
export function sameVacancyKey(c: Candidate): string {
  const employer = labelKey(c.employer_name).replace(/\b(pt|cv|tbk|persero|ud|koperasi|yayasan)\b/g, '').replace(/\s+/g, ' ').trim();
  const place = c.region_scope === 'overseas' ? c.country : (c.regency_code ?? c.province_code ?? 'national');
  return [employer, labelKey(c.title), place, c.date_posted, c.valid_through].join('|');
}

/**
 * Lists a vacancy reported by several offices once and credits the others; returns merged rows per source. The report
 * that keeps the listing is the one whose page is already published (`published`: slugs live on the site), so a
 * vacancy keeps its address when another office starts reporting it; otherwise the first source in name order.
 */
export function mergeAcrossSources(candidates: Candidate[], published: ReadonlySet<string> = new Set()): { kept: (Candidate & { also_published_by: string[] })[]; mergedPerSource: Map<string, number>; issues: Issue[] } {
  const byKey = new Map<string, Candidate & { also_published_by: string[] }>();
  const merged = new Map<string, Candidate[]>();
  const mergedPerSource = new Map<string, number>();
  const mergeInto = (key: string, dup: Candidate) => {
    const kept = byKey.get(key)!;
    if (!kept.also_published_by.includes(dup.source)) kept.also_published_by.push(dup.source);
    mergedPerSource.set(dup.source, (mergedPerSource.get(dup.source) ?? 0) + 1);
    merged.set(key, [...(merged.get(key) ?? []), dup]);
  };
  for (const c of candidates) {
    const key = sameVacancyKey(c);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, { ...c, also_published_by: [] });
    } else if (first.source === c.source) {
      // Same office, different ids: two vacancies that happen to look alike; keep both.
      byKey.set(`${key}|${c.slug}`, { ...c, also_published_by: [] });
    } else if (published.has(c.slug) && !published.has(first.slug)) {
      // This report's page is the published one: it keeps the listing and its address; the earlier report is the duplicate.
      const { also_published_by: earlier, ...firstRow } = first;
      byKey.set(key, { ...c, also_published_by: earlier.filter((source) => source !== c.source) });
      mergeInto(key, firstRow);
    } else {
      mergeInto(key, c);
    }
  }
  // Each merged row's note names the report that finally keeps the listing.
  const issues: Issue[] = [];
  for (const [key, dups] of merged) {
    const kept = byKey.get(key)!;
    for (const dup of dups) {
      issues.push({
        type: 'row/duplicate-across-sources', severity: 'warning', source: dup.source, file: dup.file, line: dup.line, field: 'id', value: dup.id,
        kept: otherRow(kept),
      });
    }
  }
  return { kept: [...byKey.values()], mergedPerSource, issues };
}
