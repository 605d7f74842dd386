import fs from 'node:fs';
import path from 'node:path';

/** The exit codes of `npm run build` and `npm run update`, for a scheduler to act on (README, "Exit codes"). */
export const EXIT = {
  /** The new site is published. */
  published: 0,
  /** Anything not foreseen below: a bug; the message and the lines above it go into a report. */
  unexpected: 1,
  /** A command-line flag is wrong. */
  usage: 2,
  /** The output location or the site's settings cannot be used (missing folder, read-only, inside the data, no site address). */
  config: 3,
  /** Another build holds the lock: try again later. */
  locked: 4,
  /** The data stopped the build (a rejected row with --strict, a corrupt ledger, broken structured data): fix the data. */
  data: 5,
  /** A disk filled up. */
  diskFull: 6,
  /** A build stage (Astro, Pagefind) failed or died. */
  stage: 7,
} as const;

/** One of the exit codes above. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the publisher is told about in one line, Indonesian / English, with what to do; the last good site stays in place. */
export class BuildFailure extends Error {
  constructor(readonly exitCode: ExitCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BuildFailure';
  }
}

/** Below this many free bytes after a failure, the failure is taken for a full disk (a stage that dies of ENOSPC in its own process reports only its exit code). */
const NEARLY_FULL_BYTES = 4 * 1024 * 1024;

/** Free bytes for an ordinary user on the file system holding `dir` (or its nearest existing parent). */
export function freeBytes(dir: string): number {
  let at = path.resolve(dir);
  while (!fs.existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  const stats = fs.statfsSync(at);
  return stats.bavail * stats.bsize;
}

function hasCode(error: unknown, code: string): boolean {
  for (let e = error; e instanceof Error; e = e.cause) if ((e as NodeJS.ErrnoException).code === code) return true;
  return false;
}

/** The disk-full failure, naming the folders the build writes to. */
export function diskFull(dirs: readonly string[], cause?: unknown, minimumMb?: number): BuildFailure {
  const where = dirs.join(', ') + (minimumMb === undefined ? '' : `: kurang dari / less than ${minimumMb} MB, LOKER_MIN_FREE_MB`);
  return new BuildFailure(
    EXIT.diskFull,
    `Disk penuh (${where}); situs lama tetap terpasang. Kosongkan ruang disk lalu jalankan lagi. / Disk full (${where}); the last good site stays in place. Free disk space and run again.`,
    { cause },
  );
}

/** A stage's process that ended with a non-zero code (it printed why above). */
export function stageFailed(stage: string, code: number): BuildFailure {
  return new BuildFailure(EXIT.stage, `Tahap ${stage} gagal (kode ${code}, lihat baris di atas); situs lama tetap. / The ${stage} stage failed (exit ${code}, see the lines above); the last good site stays in place.`);
}

/**
 * The failure a build ended with, as the publisher is told: an error whose cause chain says ENOSPC, or a data or stage
 * failure while a folder the build writes to has (nearly) no space left, is a full disk; any other BuildFailure stays
 * as it is; a write refused is a configuration failure; anything else gets `fallback` and keeps its message.
 */
export function classifyFailure(error: unknown, dirs: readonly string[], fallback: ExitCode = EXIT.unexpected): BuildFailure {
  if (error instanceof BuildFailure && error.exitCode !== EXIT.data && error.exitCode !== EXIT.stage) return error;
  const full = dirs.filter((dir) => {
    try {
      return freeBytes(dir) < NEARLY_FULL_BYTES;
    } catch {
      return false;
    }
  });
  if (hasCode(error, 'ENOSPC') || full.length > 0) return diskFull(full.length > 0 ? full : dirs, error);
  if (error instanceof BuildFailure) return error;
  if (hasCode(error, 'EROFS') || hasCode(error, 'EACCES') || hasCode(error, 'EPERM')) {
    return new BuildFailure(EXIT.config, `Tidak dapat menulis: ${(error as Error).message}; situs lama tetap terpasang. Periksa izin folder. / Cannot write: the last good site stays in place. Check the folder's permissions.`, { cause: error });
  }
  return new BuildFailure(fallback, `${(error as Error).message ?? String(error)} (situs lama tetap terpasang / the last good site stays in place)`, { cause: error });
}

/** A failure after the new site went live: only the ledger folder could not take this build's history (the next build records it). */
export function historyNotKept(error: unknown, ledgerDir: string): BuildFailure {
  const full = hasCode(error, 'ENOSPC');
  return new BuildFailure(
    full ? EXIT.diskFull : EXIT.config,
    `Situs baru SUDAH terbit, tetapi riwayat tidak dapat ditulis di ${ledgerDir} (${(error as Error).message}); ${full ? 'kosongkan ruang disk' : 'periksa izin folder itu'} lalu jalankan lagi. / The new site IS published, but its history could not be written in ${ledgerDir}: ${full ? 'free disk space' : "check that folder's permissions"} and run again; the next build records it.`,
    { cause: error },
  );
}

/** The one line a failed build ends with. */
export function failureLine(failure: BuildFailure): string {
  return `BUILD GAGAL / FAILED (kode keluar / exit ${failure.exitCode}): ${failure.message}`;
}
