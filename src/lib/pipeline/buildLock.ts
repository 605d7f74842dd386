import fs from 'node:fs';
import path from 'node:path';
import { tryLock } from 'fs-native-extensions';
import { BuildFailure, EXIT } from './failure';
import { releasesDir } from './publish';
import type { WorkFolder } from './workFolder';

/**
 * An operating-system lock on `file` (fcntl open-file-description lock on Linux, flock on macOS, LockFileEx on Windows,
 * through fs-native-extensions): granted to one open file at a time, and released by the kernel when the holder ends,
 * killed or not, so there is never a stale lock to judge. Returns the release function, or the holder's process id
 * (as it wrote it, possibly empty) when another holds it.
 */
function lockFile(file: string): (() => void) | { holder: string } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a+');
  if (!tryLock(fd)) {
    fs.closeSync(fd);
    return { holder: fs.readFileSync(file, 'utf8').trim() };
  }
  fs.ftruncateSync(fd, 0);
  fs.writeSync(fd, String(process.pid), 0);
  return () => fs.closeSync(fd);
}

/**
 * Takes the build's two locks, without waiting: its work folder's (builds share its site data, search records and
 * report) and its output's (`<out>.releases/publish.lock`: two work folders publishing one site). A second build at
 * the same time fails at once with one plain line (exit code 4). Returns the release function.
 */
export function takeBuildLock(work: WorkFolder, outDir: string): () => void {
  const taken: (() => void)[] = [];
  for (const file of [work.lock, path.join(releasesDir(outDir), 'publish.lock')]) {
    const lock = lockFile(file);
    if (typeof lock === 'function') {
      taken.push(lock);
      continue;
    }
    for (const release of taken) release();
    const who = lock.holder ? ` (proses / process ${lock.holder})` : '';
    throw new BuildFailure(EXIT.locked, `Build lain sedang berjalan${who} dengan ${file}; tunggu sampai selesai lalu jalankan lagi. / Another build is running${who} with ${file}: wait for it to finish and run again.`);
  }
  return () => {
    for (const release of taken.reverse()) release();
  };
}

/** Whether a process id is alive on this machine. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
