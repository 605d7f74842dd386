import type { Issue } from '../issues/issue';
import { otherRow, type Candidate } from './candidate';

/**
 * Keeps page addresses unique: when two offices' vacancies get the same `/lowongan/{source}-{id}/` (source `disnaker`
 * with id `jabar-1` and source `disnaker-jabar` with id `1`), the first in source order keeps it and the other row is
 * rejected with an issue, so no page silently replaces another.
 */
export function rejectSlugCollisions<T extends Candidate>(candidates: T[]): { kept: T[]; rejectedPerSource: Map<string, number>; issues: Issue[] } {
  const bySlug = new Map<string, T>();
  const rejectedPerSource = new Map<string, number>();
  const issues: Issue[] = [];
  for (const c of candidates) {
    const first = bySlug.get(c.slug);
    if (!first) {
      bySlug.set(c.slug, c);
      continue;
    }
    rejectedPerSource.set(c.source, (rejectedPerSource.get(c.source) ?? 0) + 1);
    issues.push({
      type: 'row/slug-collision', severity: 'error', source: c.source, file: c.file, line: c.line, field: 'id', value: c.id,
      slug: c.slug, first: otherRow(first),
    });
  }
  return { kept: [...bySlug.values()], rejectedPerSource, issues };
}
