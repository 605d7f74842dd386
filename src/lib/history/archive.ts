import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { compareCodeUnits } from '../compareCodeUnits';
import { storedVacancyProblem } from '../pipeline/storedVacancy';
import { forEachLine } from '../readLines';
import type { Vacancy } from '../schema/publishedVacancy';
import { LedgerError } from './ledger';
import { writeFileAtomic } from './writeFileAtomic';

/** A vacancy's last published content: what its page shows, without the state and dates a build derives (open/closed, ledger dates). */
export type ArchivedVacancy = Omit<Vacancy, 'is_open' | 'closed_reason' | 'first_published' | 'last_changed' | 'withdrawn_on'>;
/** The archive: slug → last published content. */
export type Archive = Map<string, ArchivedVacancy>;

/** Fields that are not the vacancy's content: its state and dates (derived each build) and where its row sat in the export. */
const NOT_CONTENT = new Set(['is_open', 'closed_reason', 'first_published', 'last_changed', 'withdrawn_on', 'file', 'line']);
const STATE = ['is_open', 'closed_reason', 'first_published', 'last_changed', 'withdrawn_on'] as const;

/** The content a vacancy's page is made of, as archived (state and ledger dates left out). */
export function archivedOf(v: Vacancy): ArchivedVacancy {
  const copy: Record<string, unknown> = { ...v };
  for (const key of STATE) delete copy[key];
  return copy as ArchivedVacancy;
}

/**
 * 16 hex digits of the SHA-256 of a vacancy's content, keys in code-unit order: changes when what its page says changes,
 * not when the build date moves (state and dates are left out) nor when its row moves in the export (file, line).
 */
export function contentHash(v: ArchivedVacancy | Vacancy): string {
  const record = v as Record<string, unknown>;
  // Rupiah, the currency of pay written without one, hashes as absent: vacancies archived before salary_currency keep their hash.
  const keys = Object.keys(record).filter((k) => !NOT_CONTENT.has(k) && record[k] !== undefined && !(k === 'salary_currency' && record[k] === 'IDR')).sort(compareCodeUnits);
  return createHash('sha256').update(JSON.stringify(keys.map((k) => [k, record[k]]))).digest('hex').slice(0, 16);
}

/** A line's slug, read from its start (writeArchive puts it first) without parsing the whole line. */
const SLUG_FIRST = /^\{"slug":("(?:[^"\\]|\\.)*")/;

/**
 * Reads the archive (NDJSON, one vacancy a line): a missing file is empty, a malformed line a LedgerError naming it.
 * Lines of the vacancies in `skip` (this build's, whose content comes from the exports) are not parsed at all.
 */
export function readArchive(file: string, skip: ReadonlySet<string> = new Set()): Archive {
  const archive: Archive = new Map();
  if (!fs.existsSync(file)) return archive;
  // Line by line: the archive of years of vacancies is larger than the longest string Node can hold.
  forEachLine(file, (line, index) => {
    if (!line) return;
    const slug = SLUG_FIRST.exec(line)?.[1];
    if (slug && skip.has(JSON.parse(slug) as string)) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      value = (error as Error).message;
    }
    // The archive leaves the state out; a placeholder stands in for the required is_open.
    const problem = storedVacancyProblem(value !== null && typeof value === 'object' ? { is_open: false, ...value } : value);
    if (problem) throw new LedgerError(`Arsip riwayat rusak (${file}): baris ${index + 1}: ${problem}. Perbaiki berkasnya, atau hapus bersama buku besar. / History archive corrupt (${file}): fix it, or delete it with the ledger.`);
    archive.set((value as Vacancy).slug, value as ArchivedVacancy);
  });
  return archive;
}

/** Writes the archive sorted by slug, one vacancy a line, slug first (a change to one vacancy is one line of a diff), atomically. */
export function writeArchive(file: string, archive: Archive): void {
  const slugs = [...archive.keys()].sort(compareCodeUnits);
  writeFileAtomic(file, (function* lines() {
    for (const slug of slugs) yield `${JSON.stringify({ slug, ...archive.get(slug) })}\n`;
  })());
}
