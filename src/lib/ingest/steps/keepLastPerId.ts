import type { Issue } from '../../issues/issue';
import { otherRow, type Candidate } from '../candidate';

/**
 * Within one office: keeps the last row of each id (written exactly the same). An earlier row in the same file gets
 * a warning naming the one kept; earlier versions in earlier files (repeated snapshots of a feed, files in name
 * order) are superseded, summed up in one note rather than a warning each. Then a row whose different id gives the
 * same page address as an earlier id's (`A.B`, `a-b`, `A_B`) is rejected, naming both rows.
 */
export function keepLastPerId(candidates: Candidate[], source: string): { kept: Candidate[]; duplicates: number; rejected: number; issues: Issue[] } {
  const last = new Map<string, Candidate>();
  for (const c of candidates) last.set(c.id, c);
  const issues: Issue[] = [];
  const superseded = new Set<string>();
  let versions = 0;
  for (const c of candidates) {
    const kept = last.get(c.id)!;
    if (kept === c) continue;
    if (kept.file === c.file) issues.push({ type: 'row/duplicate-id', severity: 'warning', source, file: c.file, line: c.line, field: 'id', value: c.id, kept: otherRow(kept) });
    else {
      versions++;
      superseded.add(c.id);
    }
  }
  if (versions) {
    const files = new Set(candidates.map((c) => c.file));
    issues.push({ type: 'file/superseded-versions', severity: 'warning', source, file: candidates.at(-1)!.file, rows: versions, vacancies: superseded.size, files: files.size });
  }
  const bySlug = new Map<string, Candidate>();
  for (const c of last.values()) {
    const first = bySlug.get(c.slug);
    if (!first) bySlug.set(c.slug, c);
    else issues.push({ type: 'row/id-address-clash', severity: 'error', source, file: c.file, line: c.line, field: 'id', value: c.id, slug: c.slug, first: otherRow(first) });
  }
  return { kept: [...bySlug.values()], duplicates: candidates.length - last.size, rejected: last.size - bySlug.size, issues };
}
