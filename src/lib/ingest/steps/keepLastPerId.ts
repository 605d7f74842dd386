import type { Issue } from '../../issues/issue';
import { otherRow, type Candidate } from '../candidate';

/** Keeps the last row of each id within one office (ids compared as in URLs), with a warning at each earlier row naming the one kept. */
export function keepLastPerId(candidates: Candidate[], source: string): { kept: Candidate[]; duplicates: number; issues: Issue[] } {
  const last = new Map<string, Candidate>();
  for (const c of candidates) last.set(c.slug, c);
  if (last.size === candidates.length) return { kept: candidates, duplicates: 0, issues: [] };
  const merged = candidates.filter((c) => last.get(c.slug) !== c);
  const issues = merged.map((c): Issue => {
    const kept = last.get(c.slug)!;
    return {
      type: 'row/duplicate-id', severity: 'warning', source, file: c.file, line: c.line, field: 'id', value: c.id,
      kept: otherRow(kept),
    };
  });
  return { kept: [...last.values()], duplicates: merged.length, issues };
}
