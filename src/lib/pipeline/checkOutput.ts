import fs from 'node:fs';
import path from 'node:path';
import { BuildFailure, EXIT, diskFull, freeBytes } from './failure';
import { releasesDir } from './publish';

/** Where a build reads and writes, checked before any stage. */
export interface OutputLocation {
  outDir: string;
  dataDir: string;
  workDir: string;
  /** Where the staging folders are made (the project folder's `.build/`). */
  stagingRoot: string;
}

/** The least free space, in MiB, a build starts with on each file system it writes to; `LOKER_MIN_FREE_MB`, default 256. */
export function minimumFreeBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.LOKER_MIN_FREE_MB ?? 256);
  return (Number.isFinite(mb) && mb >= 0 ? mb : 256) * 1024 * 1024;
}

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

function configFailure(id: string, en: string): BuildFailure {
  return new BuildFailure(EXIT.config, `${id} / ${en}`);
}

/** Creates and removes a file in `dir`: the one test of writing that holds for root, read-only mounts and network shares alike. */
function probeWrite(dir: string): string | undefined {
  const probe = path.join(dir, `.loker-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

/**
 * The early checks of the output location, before any stage runs, so a build that cannot publish fails in a second
 * rather than after every stage: the output's parent folder exists and is writable, the output is neither inside the
 * data nor holding the data, the work folder or the project, it is not a mount point (it must be replaceable), and each
 * file system the build writes to has at least `minimumFreeBytes()` free.
 */
export function checkOutputLocation(location: OutputLocation, minFree = minimumFreeBytes()): void {
  const out = path.resolve(location.outDir);
  const parent = path.dirname(out);
  const data = path.resolve(location.dataDir);
  if (!fs.statSync(parent, { throwIfNoEntry: false })?.isDirectory()) {
    throw configFailure(`Folder ${parent} untuk --out ${location.outDir} tidak ada; buat dulu atau pilih --out lain`, `the folder ${parent} of --out ${location.outDir} does not exist: create it or choose another --out`);
  }
  if (inside(out, data)) {
    throw configFailure(`--out ${location.outDir} ada di dalam folder data ${data}; pilih folder di luar data`, `--out ${location.outDir} is inside the data folder ${data}: choose a folder outside the data`);
  }
  for (const held of [data, path.resolve(location.workDir), path.resolve(location.stagingRoot)]) {
    if (inside(held, out)) throw configFailure(`--out ${location.outDir} berisi ${held}, yang akan diganti saat publikasi; pilih folder tersendiri`, `--out ${location.outDir} holds ${held}, which publishing would replace: choose a folder of its own`);
  }
  const denied = probeWrite(parent);
  if (denied) {
    throw configFailure(`Tidak dapat menulis di ${parent} (${denied}); situs lama tetap. Beri izin tulis atau pilih --out lain`, `cannot write in ${parent} (${denied}); the site is unchanged. Make it writable or choose another --out`);
  }
  const stat = fs.lstatSync(out, { throwIfNoEntry: false });
  if (stat?.isDirectory() && stat.dev !== fs.statSync(parent).dev) {
    throw configFailure(`${out} adalah titik mount dan tidak dapat diganti; arahkan --out ke folder di dalamnya`, `${out} is a mount point and cannot be replaced: point --out at a folder inside it`);
  }
  const releases = releasesDir(out);
  const deniedReleases = fs.existsSync(releases) ? probeWrite(releases) : undefined;
  if (deniedReleases) throw configFailure(`Tidak dapat menulis di ${releases} (${deniedReleases})`, `cannot write in ${releases} (${deniedReleases})`);
  const full = [parent, location.workDir, location.stagingRoot].filter((dir) => freeBytes(dir) < minFree);
  if (full.length > 0) throw diskFull([...new Set(full.map((dir) => path.resolve(dir)))], undefined, Math.round(minFree / 1024 / 1024));
}
