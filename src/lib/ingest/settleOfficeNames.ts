import path from 'node:path';
import type { Issue } from '../issues/issue';
import type { SourceFiles } from './discoverSources';
import type { SourceIngest } from './ingestSource';

/** One office entry under vacancies/ and what its files gave. */
export interface OfficeIngest {
  files: SourceFiles;
  result: SourceIngest;
}

/**
 * Keeps one office per source name when several entries give the same one (`Disnaker.csv` and `disnaker/`,
 * `A.B.csv` and `a-b.csv`): the entry whose rows own the most published pages, then the one named exactly as its
 * source, then the first in name order. Every file of the others is rejected with an error naming the kept entry, so
 * a new file can never take over an office's published pages, and two offices are never merged into one.
 */
export function settleOfficeNames(offices: OfficeIngest[], published: ReadonlySet<string>, dataDir: string): { kept: OfficeIngest[]; issues: Issue[] } {
  const bySource = new Map<string, OfficeIngest[]>();
  for (const o of offices) bySource.set(o.files.source, [...(bySource.get(o.files.source) ?? []), o]);
  const issues: Issue[] = [];
  const kept = new Set<OfficeIngest>();
  for (const [source, entries] of bySource) {
    const owned = (o: OfficeIngest) => o.result.candidates.filter((c) => published.has(c.slug)).length;
    const exact = (o: OfficeIngest) => (o.files.entry.replace(/\/$|\.[^.]*$/, '') === source ? 1 : 0);
    const keeper = [...entries].sort((a, b) => owned(b) - owned(a) || exact(b) - exact(a))[0];
    kept.add(keeper);
    for (const other of entries.filter((o) => o !== keeper)) {
      for (const file of other.files.files) {
        const entry = other.files.entry;
        issues.push({ type: 'file/office-name-clash', severity: 'error', source: entry, file: path.relative(dataDir, file), entry, kept: keeper.files.entry, office: source, rows: other.result.read });
      }
    }
  }
  return { kept: offices.filter((o) => kept.has(o)), issues };
}
