import { labelKey } from '../parse/parseScalars';
import type { IngestIssue } from './issues';
import type { Candidate } from './ingestSource';

/** Key under which two offices' reports are the same vacancy: employer, title, place and dates after normalising. */
export function sameVacancyKey(c: Candidate): string {
  const employer = labelKey(c.employer_name).replace(/\b(pt|cv|tbk|persero|ud|koperasi|yayasan)\b/g, '').replace(/\s+/g, ' ').trim();
  const place = c.region_scope === 'overseas' ? c.country : (c.regency_code ?? c.province_code ?? 'national');
  return [employer, labelKey(c.title), place, c.date_posted, c.valid_through].join('|');
}

/** Lists a vacancy reported by several offices once (the first source in name order keeps it) and credits the others; returns merged rows per source. */
export function mergeAcrossSources(candidates: Candidate[]): { kept: (Candidate & { also_published_by: string[] })[]; mergedPerSource: Map<string, number>; issues: IngestIssue[] } {
  const byKey = new Map<string, Candidate & { also_published_by: string[] }>();
  const mergedPerSource = new Map<string, number>();
  const issues: IngestIssue[] = [];
  for (const c of candidates) {
    const key = sameVacancyKey(c);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, { ...c, also_published_by: [] });
    } else if (first.source === c.source) {
      // Same office, different ids: two vacancies that happen to look alike; keep both.
      byKey.set(`${key}|${c.slug}`, { ...c, also_published_by: [] });
    } else {
      if (!first.also_published_by.includes(c.source)) first.also_published_by.push(c.source);
      mergedPerSource.set(c.source, (mergedPerSource.get(c.source) ?? 0) + 1);
      issues.push({
        type: 'row/duplicate-across-sources', severity: 'warning', source: c.source, file: c.file, line: c.line, field: 'id', value: c.id,
        message: `Lowongan ini sama dengan laporan ${first.source} (${first.file} baris ${first.line}); ditampilkan sekali dengan menyebut kedua kantor.`,
        messageEn: `This vacancy is the same as ${first.source}'s report (${first.file} line ${first.line}); it is listed once, crediting both offices.`,
      });
    }
  }
  return { kept: [...byKey.values()], mergedPerSource, issues };
}
