import type { Issue } from '../../issues/issue';
import { otherRow, type Candidate } from '../candidate';

/**
 * Within one office: keeps the last row of each id (written exactly the same), with a warning at each earlier row
 * naming the one kept; then rejects a row whose different id gives the same page address as an earlier id's
 * (`A.B`, `a-b`, `A_B`), naming both rows, so one vacancy never silently replaces another's page.
 */
export function keepLastPerId(candidates: Candidate[], source: string): { kept: Candidate[]; duplicates: number; rejected: number; issues: Issue[] } {
  const last = new Map<string, Candidate>();
  for (const c of candidates) last.set(c.id, c);
  const issues: Issue[] = [];
  for (const c of candidates) {
    const kept = last.get(c.id)!;
    if (kept !== c) issues.push({ type: 'row/duplicate-id', severity: 'warning', source, file: c.file, line: c.line, field: 'id', value: c.id, kept: otherRow(kept) });
  }
  const bySlug = new Map<string, Candidate>();
  for (const c of last.values()) {
    const first = bySlug.get(c.slug);
    if (!first) bySlug.set(c.slug, c);
    else issues.push({ type: 'row/id-address-clash', severity: 'error', source, file: c.file, line: c.line, field: 'id', value: c.id, slug: c.slug, first: otherRow(first) });
  }
  return { kept: [...bySlug.values()], duplicates: candidates.length - last.size, rejected: last.size - bySlug.size, issues };
}
