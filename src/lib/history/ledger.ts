import fs from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import { compareCodeUnits } from '../compareCodeUnits';
import { writeFileAtomic } from './writeFileAtomic';

const date = z.iso.date();
const optionalDate = z.union([z.literal('').transform(() => undefined), date]).optional();

/** One row of the ledger: a vacancy ever published, at its address, with the dates of its story. */
export const ledgerEntrySchema = z.strictObject({
  /** The page address part (`/lowongan/<slug>/`): the key, kept for ever. */
  slug: z.string().min(1),
  /** The office that last reported it, and its id there. */
  source: z.string().min(1),
  id: z.string().min(1),
  /** The publication that first recorded it in the ledger. */
  recorded_on: date,
  /** First published: the recording publication, or the office's date_posted for vacancies already live when the ledger was started. */
  first_published: date,
  /** The publication at which its content hash last changed (or it was reported again after being withdrawn). */
  last_changed: date,
  /** Hash of the published content (contentHash.ts). */
  content_hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** The publication that first saw it closed, and why; empty while open. */
  closed_on: optionalDate,
  closed_reason: z.union([z.literal('').transform(() => undefined), z.enum(['expired', 'filled', 'cancelled'])]).optional(),
  /** The publication that first found it in no export; empty while reported. */
  withdrawn_on: optionalDate,
});

/** A ledger row. */
export type LedgerEntry = z.output<typeof ledgerEntrySchema>;
/** The ledger: slug → its row. */
export type Ledger = Map<string, LedgerEntry>;

/** The ledger's columns, in file order. */
export const LEDGER_COLUMNS = Object.keys(ledgerEntrySchema.shape) as (keyof LedgerEntry)[];

/** Why a ledger file cannot be read, in the publisher's words: the build stops rather than start the history again. */
export class LedgerError extends Error {}

const corrupt = (file: string, problem: string) =>
  new LedgerError(`Buku besar riwayat rusak (${file}): ${problem}. Perbaiki berkasnya, atau hapus untuk memulai riwayat baru. / History ledger corrupt (${file}): fix it, or delete it to start a new history.`);

/** readLedger with a corrupt ledger handed back as its LedgerError rather than thrown: read once, it serves the ingest (address owners, where a corrupt ledger names none) and the history stage (which reports it). */
export function readLedgerOrError(file: string): Ledger | undefined | LedgerError {
  try {
    return readLedger(file);
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
}

/** Reads the ledger CSV: a missing file is an empty history (undefined), a malformed one a LedgerError naming the line. */
export function readLedger(file: string): Ledger | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const header = parsed.meta.fields ?? [];
  if (header.join(',') !== LEDGER_COLUMNS.join(',')) throw corrupt(file, `kolom ${JSON.stringify(header.join(','))}, seharusnya ${JSON.stringify(LEDGER_COLUMNS.join(','))}`);
  const [error] = parsed.errors;
  if (error) throw corrupt(file, `baris ${(error.row ?? 0) + 2}: ${error.message}`);
  const ledger: Ledger = new Map();
  parsed.data.forEach((row, index) => {
    const entry = ledgerEntrySchema.safeParse(row);
    if (!entry.success) {
      const [issue] = entry.error.issues;
      throw corrupt(file, `baris ${index + 2}, kolom "${issue!.path.join('.')}": ${issue!.message}`);
    }
    if (ledger.has(entry.data.slug)) throw corrupt(file, `baris ${index + 2}: alamat "${entry.data.slug}" dua kali`);
    ledger.set(entry.data.slug, entry.data);
  });
  return ledger;
}

/** Writes the ledger as CSV sorted by slug (one row per vacancy, stable between builds), atomically. */
export function writeLedger(file: string, ledger: Ledger): void {
  const rows = [...ledger.values()].sort((a, b) => compareCodeUnits(a.slug, b.slug)).map((e) => LEDGER_COLUMNS.map((c) => e[c] ?? ''));
  writeFileAtomic(file, `${Papa.unparse({ fields: LEDGER_COLUMNS, data: rows }, { newline: '\n' })}\n`);
}
