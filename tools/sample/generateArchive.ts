import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeArchive } from '../../src/lib/history/archive';
import { writeLedger } from '../../src/lib/history/ledger';
import { updateHistory, type History } from '../../src/lib/history/updateHistory';
import { ingest } from '../../src/lib/ingest/ingest';
import { addDays } from '../../src/lib/parse/parseDate';
import { historyFiles } from '../../src/lib/pipeline/history';
import { loadReferences } from '../../src/lib/reference/loadReferences';
import { generateSample } from './generateSample';

/** Years of past publications to put in a ledger folder before the current export. */
export interface ArchiveOptions {
  /** Vacancies published over those years, in all. */
  count: number;
  /** Years back, one publication per year (its export generated `years`, …, 1 years before `asOf`). */
  years: number;
  seed: number;
  asOf: string;
  offices: number;
  /** The data folder: its `reference/` is read; the history goes to its `ledger/` (or `ledgerDir`). */
  dataDir: string;
  ledgerDir?: string;
}

/**
 * Writes the ledger and archive that years of publications would have left, through the real history stage: each
 * year's generated export is ingested and recorded (`updateHistory`) at its date, so every vacancy of a year the next
 * year's export no longer names is withdrawn, and those past their deadline are closed. The current export then finds
 * them all in the ledger, and every one keeps its (closed) page. Returns how many vacancies the ledger holds.
 */
export function generateArchive(options: ArchiveOptions): number {
  const references = loadReferences(options.dataDir);
  let history: History = { ledger: undefined, archive: new Map() };
  for (let year = options.years; year >= 1; year--) {
    const asOf = addDays(options.asOf, -365 * year);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loker-archive-'));
    try {
      generateSample({
        count: Math.round(options.count / options.years), seed: options.seed + year, outDir: path.join(dir, 'vacancies'), asOf, faultRate: 0,
        offices: options.offices, sourcesFile: path.join(dir, 'sources.csv'), minimumWagesFile: path.join(options.dataDir, 'reference', 'minimum-wages.csv'),
      });
      const result = ingest({ dataDir: dir, asOf, references });
      history = updateHistory(result.vacancies, history, asOf);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const files = historyFiles(options.ledgerDir ?? path.join(options.dataDir, 'ledger'));
  fs.mkdirSync(files.dir, { recursive: true });
  writeLedger(files.ledger, history.ledger!);
  writeArchive(files.archive, history.archive);
  return history.ledger!.size;
}
