import fs from 'node:fs';
import path from 'node:path';
import type { IngestResult } from '../ingest/ingest';
import { readArchive, writeArchive } from '../history/archive';
import { changeDates, changesOn, writeChangeFiles } from '../history/changes';
import { changeFeed } from '../history/changeFeed';
import { LedgerError, readLedgerOrError, writeLedger, type Ledger } from '../history/ledger';
import { keepSnapshots, linkSnapshots, listSnapshots, takeSnapshot } from '../history/snapshots';
import { updateHistory } from '../history/updateHistory';
import { copyFileAtomic, writeFileAtomic } from '../history/writeFileAtomic';
import { OPEN_FILE } from '../opendata/writeOpenData';
import { writeSnapshotList, type WorkFolder } from './workFolder';

/** The files of a history folder (the ledger folder beside the data, or the work folder's copy waiting for publication). */
export function historyFiles(dir: string) {
  return { dir, ledger: path.join(dir, 'ledger.csv'), archive: path.join(dir, 'archive.ndjson'), changes: path.join(dir, 'perubahan'), snapshots: path.join(dir, 'snapshots') };
}

/** Where the change files are published in the site. */
export const CHANGES_PATH = 'data/perubahan';
/** Where the dated snapshots are published in the site. */
export const SNAPSHOTS_PATH = 'data/arsip';

/**
 * The history stage, in prepare: reads the ledger and archive (missing = no history yet; corrupt = a message and a
 * failed build, never a reset), adds every vacancy's dates and the withdrawn vacancies to the result, and writes the
 * updated ledger (`ledger`: the one the ingest read, else read here), archive and this publication's change files into the work folder; they replace the ledger folder's
 * only once the site is published (commitHistory). Returns false when the ledger cannot be read.
 */
export function recordHistory(result: IngestResult, ledgerDir: string, work: WorkFolder, ledger = readLedgerOrError(historyFiles(ledgerDir).ledger)): boolean {
  const from = historyFiles(ledgerDir);
  const to = historyFiles(work.history);
  try {
    if (ledger instanceof LedgerError) throw ledger;
    // Only the content of vacancies missing from this build is read back; the others come from the exports.
    const current = new Set(result.vacancies.map((v) => v.slug));
    const history = { ledger, archive: readArchive(from.archive, current) };
    const updated = updateHistory(result.vacancies, history, result.asOf);
    result.vacancies = updated.vacancies;
    fs.rmSync(to.dir, { recursive: true, force: true });
    writeLedger(to.ledger, updated.ledger);
    writeArchive(to.archive, updated.archive);
    writeChangeFiles(to.changes, result.asOf, changesOn(updated.ledger, result.asOf));
    const withdrawn = updated.vacancies.filter((v) => v.withdrawn_on).length;
    console.log(`Riwayat / history: ${updated.ledger.size} lowongan dalam buku besar / in the ledger, ${withdrawn} tidak lagi dilaporkan / withdrawn (${path.relative(process.cwd(), from.ledger) || from.ledger})`);
    return true;
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    console.error(error.message);
    return false;
  }
}

/** Puts every publication's change files (the ledger folder's and this one's) and the change feed into the site about to be published. */
export function publishChanges(work: WorkFolder, ledgerDir: string, siteDir: string, siteUrl: string): void {
  const target = path.join(siteDir, CHANGES_PATH);
  fs.mkdirSync(target, { recursive: true });
  for (const dir of [historyFiles(ledgerDir).changes, historyFiles(work.history).changes]) {
    if (fs.existsSync(dir)) fs.cpSync(dir, target, { recursive: true });
  }
  writeFileAtomic(path.join(target, 'feed.json'), changeFeed(target, changeDates(target), siteUrl));
}

/**
 * After the open-data stage, in prepare: this publication's open-vacancies CSV, gzipped with fixed options, goes into the
 * work folder as `lowongan-<date>.csv.gz` unless the ledger folder already keeps that date's; lists every snapshot for /data/.
 */
export function recordSnapshot(work: WorkFolder, ledgerDir: string, asOf: string): void {
  const kept = historyFiles(ledgerDir).snapshots;
  const fresh = historyFiles(work.history).snapshots;
  takeSnapshot(path.join(work.openData, `${OPEN_FILE}.csv`), asOf, kept, fresh);
  writeSnapshotList(work, listSnapshots([kept, fresh]));
}

/** Puts every kept snapshot (the ledger folder's and this publication's) into the site about to be published, under /data/arsip/, as hard links (linkSnapshots). */
export function publishSnapshots(work: WorkFolder, ledgerDir: string, siteDir: string): void {
  const target = path.join(siteDir, SNAPSHOTS_PATH);
  fs.mkdirSync(target, { recursive: true });
  for (const dir of [historyFiles(ledgerDir).snapshots, historyFiles(work.history).snapshots]) linkSnapshots(dir, target);
}

/** After the site is published: the work folder's ledger, archive and change files replace the ledger folder's, each atomically; a new snapshot is added, a kept one never replaced. */
export function commitHistory(work: WorkFolder, ledgerDir: string): void {
  const from = historyFiles(work.history);
  const to = historyFiles(ledgerDir);
  for (const key of ['archive', 'ledger'] as const) copyFileAtomic(from[key], to[key]);
  for (const name of fs.readdirSync(from.changes)) copyFileAtomic(path.join(from.changes, name), path.join(to.changes, name));
  keepSnapshots(from.snapshots, to.snapshots);
}
