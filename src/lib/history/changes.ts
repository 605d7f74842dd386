import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { compareCodeUnits } from '../compareCodeUnits';
import type { Ledger, LedgerEntry } from './ledger';
import { writeFileAtomic } from './writeFileAtomic';

/** What happened to a vacancy in one publication. */
export type ChangeKind = 'added' | 'updated' | 'closed' | 'withdrawn';

/** One line of a change file: the vacancy, what happened, and its ledger dates. */
export interface Change {
  change: ChangeKind;
  slug: string;
  source: string;
  id: string;
  url: string;
  first_published: string;
  last_changed: string;
  closed_reason: string;
  withdrawn_on: string;
}

/** The changes a ledger records for one publication date, read from its dates so a second build of the same day gives the same file. */
export function changesOn(ledger: Ledger, date: string): Change[] {
  const kindOf = (e: LedgerEntry): ChangeKind[] => [
    ...(e.recorded_on === date ? ['added' as const] : e.last_changed === date ? ['updated' as const] : []),
    ...(e.closed_on === date ? ['closed' as const] : []),
    ...(e.withdrawn_on === date ? ['withdrawn' as const] : []),
  ];
  const out: Change[] = [];
  for (const e of [...ledger.values()].sort((a, b) => compareCodeUnits(a.slug, b.slug))) {
    for (const change of kindOf(e)) {
      out.push({
        change, slug: e.slug, source: e.source, id: e.id, url: `/lowongan/${e.slug}/`, first_published: e.first_published,
        last_changed: e.last_changed, closed_reason: e.closed_reason ?? '', withdrawn_on: e.withdrawn_on ?? '',
      });
    }
  }
  return out;
}

const COLUMNS: (keyof Change)[] = ['change', 'slug', 'source', 'id', 'url', 'first_published', 'last_changed', 'closed_reason', 'withdrawn_on'];

/** Writes `<dir>/<date>.json` and `.csv`: this publication's changes; earlier dates' files stay as they are. */
export function writeChangeFiles(dir: string, date: string, changes: readonly Change[]): void {
  const counts = Object.fromEntries((['added', 'updated', 'closed', 'withdrawn'] as const).map((k) => [k, changes.filter((c) => c.change === k).length]));
  writeFileAtomic(path.join(dir, `${date}.json`), `${JSON.stringify({ date, counts, changes }, null, 1)}\n`);
  writeFileAtomic(path.join(dir, `${date}.csv`), `${Papa.unparse({ fields: COLUMNS, data: changes.map((c) => COLUMNS.map((k) => c[k])) }, { newline: '\n' })}\n`);
}

/** The publication dates with a change file in `dir`, newest first. */
export function changeDates(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((f) => /^(\d{4}-\d{2}-\d{2})\.json$/.exec(f)?.[1]).filter((d): d is string => d !== undefined).sort(compareCodeUnits).reverse();
}
