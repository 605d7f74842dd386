import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { swapSync } from 'fs-native-extensions';
import { BuildFailure, EXIT } from './failure';

/**
 * The live-site layout. The output folder (`dist`) is a symbolic link to one complete release in a folder beside it:
 *
 *   dist -> dist.releases/2026-12-02T01-02-03-456Z-4242-1    (a relative link: the pair can be moved together)
 *   dist.releases/<release>/                                 the live site, and the one before it (kept for reuse)
 *   dist.releases/.trash-<release>/                          older releases, deleted by a background process
 *
 * A new build becomes a release by a rename (a copy first when the staging folder is on another file system), and goes
 * live by renaming a new link over `dist`: one atomic step, so a reader or a killed build sees the old site or the new
 * one, never a gap or a mix. A real `dist/` folder left by an older version becomes the first release once.
 */
export function releasesDir(outDir: string): string {
  return `${path.resolve(outDir)}.releases`;
}

const RELEASE = /^\d{4}-\d{2}-\d{2}T[\d-]+Z-\d+-\d+$/;
let made = 0;

/** The real folder of the last good site published at `outDir` (the link's target; the folder itself for an older, unlinked layout), or null when there is none. */
export function publishedSite(outDir: string): string | null {
  const stat = fs.lstatSync(outDir, { throwIfNoEntry: false });
  if (!stat) return null;
  if (stat.isDirectory()) return path.resolve(outDir);
  if (!stat.isSymbolicLink()) return null;
  try {
    return fs.realpathSync(outDir);
  } catch {
    return null;
  }
}

/** A new release's name: the time it was made, sortable, the process that made it and its count in that process. */
function releaseName(): string {
  made += 1;
  return `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${made}`;
}

/** The complete releases kept beside `outDir`, oldest first. */
function releases(dir: string): string[] {
  // A link named like a release is the leftover of a build killed just before exchangeIntoRelease swapped it in.
  return fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => RELEASE.test(entry.name) && entry.isDirectory()).map((entry) => entry.name).sort() : [];
}

/** Points `outDir` at a release, atomically: a new link beside the releases is renamed over the old one. */
function switchTo(outDir: string, release: string): void {
  const dir = releasesDir(outDir);
  const link = path.join(dir, `.link-${process.pid}`);
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.join(path.basename(dir), release), link);
  fs.renameSync(link, outDir);
}

/**
 * Turns a real `dist/` folder into the first release without a moment where `dist` is missing: a link to the release
 * is made where the release will be, then the two swap places in one step (renameat2 RENAME_EXCHANGE on Linux,
 * renamex_np RENAME_SWAP on macOS, through fs-native-extensions), so the link lands at `dist` pointing at the folder.
 * False (nothing changed) where the file system cannot exchange; the caller then moves and links in two steps.
 */
function exchangeIntoRelease(outDir: string, release: string): boolean {
  const dir = releasesDir(outDir);
  const slot = path.join(dir, release);
  fs.symlinkSync(path.join(path.basename(dir), release), slot);
  try {
    swapSync(path.resolve(outDir), slot);
    return true;
  } catch (error) {
    fs.rmSync(slot, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EINVAL' || code === 'ENOSYS' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') return false;
    throw error;
  }
}

/**
 * Before any stage (buildSite) and again before publishing: a real `dist/` folder (the layout before releases) becomes
 * the first release and `dist` a link to it, so a folder that cannot be moved (a mount point) fails the build at once;
 * a missing `dist` beside kept releases (a build killed in that one step, or a deleted link) points at the newest.
 */
export function settleLayout(outDir: string): void {
  const dir = releasesDir(outDir);
  fs.mkdirSync(dir, { recursive: true });
  const stat = fs.lstatSync(outDir, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    const first = releaseName();
    try {
      if (!exchangeIntoRelease(outDir, first)) {
        fs.renameSync(outDir, path.join(dir, first));
        switchTo(outDir, first);
      }
    } catch (error) {
      throw new BuildFailure(EXIT.config, `Folder keluaran ${outDir} tidak dapat dipindahkan (${(error as NodeJS.ErrnoException).code}); situs lama tetap. Arahkan --out ke folder di dalamnya, bukan titik mount. / Output folder cannot be moved into ${dir}; the site is unchanged. Point --out at a folder inside it, not at a mount point.`, { cause: error });
    }
  } else if (stat && !stat.isSymbolicLink()) {
    throw new BuildFailure(EXIT.config, `${outDir} bukan folder; hapus atau pilih --out lain. / ${outDir} is not a folder: remove it or choose another --out.`);
  } else if (!stat) {
    const newest = releases(dir).at(-1);
    if (newest) switchTo(outDir, newest);
  }
}

/** Moves the finished build into the releases folder under `name`: a rename, or a copy then a rename across file systems (a partial copy is removed). */
function moveIn(built: string, dir: string, name: string): void {
  const release = path.join(dir, name);
  try {
    fs.renameSync(built, release);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const incoming = path.join(dir, `.incoming-${name}`);
    try {
      fs.cpSync(built, incoming, { recursive: true });
      fs.renameSync(incoming, release);
    } catch (copyError) {
      fs.rmSync(incoming, { recursive: true, force: true });
      throw copyError;
    }
  }
}

/**
 * Publishes a finished build (`built`, a complete site folder) at `outDir` in one atomic step and keeps the release
 * before it; older releases are renamed aside and deleted by a background process, off the build's critical path. On
 * any failure the last good site stays live.
 */
export function publish(built: string, outDir: string): string {
  const target = path.resolve(outDir);
  const dir = releasesDir(target);
  fs.mkdirSync(dir, { recursive: true });
  settleLayout(target);
  const previous = publishedSite(target);
  const name = releaseName();
  moveIn(built, dir, name);
  try {
    switchTo(target, name);
  } catch (error) {
    fs.renameSync(path.join(dir, name), path.join(dir, `.trash-${name}`));
    throw error;
  }
  try {
    retireOld(dir, new Set([name, previous && path.dirname(previous) === dir ? path.basename(previous) : '']));
  } catch (error) {
    // The new site is live: releases left behind are a warning, never a failed publication; the next one retries.
    console.warn(`Peringatan: rilis lama tidak dapat dihapus / warning: old releases could not be removed (${(error as Error).message})`);
  }
  return path.join(dir, name);
}

/** Renames every release but the kept ones (and any leftover of a killed build) aside, then deletes them all in a detached process. */
function retireOld(dir: string, keep: ReadonlySet<string>): void {
  for (const name of fs.readdirSync(dir)) {
    const leftover = /^\.(incoming|link)-/.test(name) && !name.endsWith(`-${process.pid}`);
    if ((RELEASE.test(name) && !keep.has(name)) || leftover) fs.renameSync(path.join(dir, name), path.join(dir, `.trash-${name}`));
  }
  const trash = fs.readdirSync(dir).filter((name) => name.startsWith('.trash-')).map((name) => path.join(dir, name));
  if (trash.length > 0) deleteInBackground(trash);
}

/** Deletes folders in a detached process that outlives this one; what it leaves (a kill, an error) the next publication retries. */
export function deleteInBackground(dirs: readonly string[]): void {
  const script = 'for (const d of process.argv.slice(1)) { try { require("fs").rmSync(d, { recursive: true, force: true }); } catch {} }';
  spawn(process.execPath, ['-e', script, ...dirs], { detached: true, stdio: 'ignore' }).unref();
}
