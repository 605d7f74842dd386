import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { compareCodeUnits } from '../compareCodeUnits';
import { writeFileAtomic } from './writeFileAtomic';

/** One kept snapshot: its publication date, file name, size and SHA-256 of the gzip file as published. */
export interface Snapshot {
  date: string;
  file: string;
  bytes: number;
  sha256: string;
}

const PATTERN = /^lowongan-(\d{4}-\d{2}-\d{2})\.csv\.gz$/;

/** The stable name of a publication's snapshot of the open vacancies: `lowongan-2026-12-01.csv.gz`. */
export const snapshotName = (date: string) => `lowongan-${date}.csv.gz`;

/** Gzip with fixed options: level 9, no file name, header mtime 0 (Node's zlib never writes a clock), so the same CSV gives the same bytes. */
export function gzipFixed(bytes: Uint8Array): Buffer {
  return zlib.gzipSync(bytes, { level: 9, memLevel: 8, windowBits: 15, strategy: zlib.constants.Z_DEFAULT_STRATEGY });
}

/**
 * Keeps this publication's snapshot of `csvFile` in `workDir` unless `keptDir` already holds one for `date` (a second
 * build on the same day never replaces what was published first). Returns whether a new snapshot was written.
 */
export function takeSnapshot(csvFile: string, date: string, keptDir: string, workDir: string): boolean {
  const name = snapshotName(date);
  if (fs.existsSync(path.join(keptDir, name))) return false;
  writeFileAtomic(path.join(workDir, name), gzipFixed(fs.readFileSync(csvFile)));
  return true;
}

/** Every snapshot in the folders (the first folder holding a name wins), newest first. */
export function listSnapshots(dirs: readonly string[]): Snapshot[] {
  const found = new Map<string, Snapshot>();
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir)) {
      const date = PATTERN.exec(file)?.[1];
      if (!date || found.has(file)) continue;
      const bytes = fs.readFileSync(path.join(dir, file));
      found.set(file, { date, file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  }
  return [...found.values()].sort((a, b) => compareCodeUnits(b.date, a.date));
}

/** Copies the snapshots of `from` that `to` does not hold yet; a kept snapshot is never overwritten. */
export function keepSnapshots(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  for (const file of fs.readdirSync(from)) {
    if (PATTERN.test(file) && !fs.existsSync(path.join(to, file))) writeFileAtomic(path.join(to, file), fs.readFileSync(path.join(from, file)));
  }
}

/**
 * Puts the snapshots of `from` that `to` does not hold yet into the site about to be published as hard links, not
 * copies: a kept snapshot is never rewritten in place (writeFileAtomic replaces a file by renaming), so the link shows
 * the same bytes, and a build no longer rewrites every kept snapshot (24 MB each at 100k). A copy across file systems.
 */
export function linkSnapshots(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  for (const file of fs.readdirSync(from)) {
    const target = path.join(to, file);
    if (!PATTERN.test(file) || fs.existsSync(target)) continue;
    try {
      fs.linkSync(path.join(from, file), target);
    } catch (error) {
      if (!['EXDEV', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      fs.copyFileSync(path.join(from, file), target);
    }
  }
}
