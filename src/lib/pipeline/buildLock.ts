import fs from 'node:fs';
import type { WorkFolder } from './workFolder';

/** Takes the build lock of a work folder (one build at a time shares its work files); a lock left by a process that is gone is taken over. Returns the release function. */
export function takeBuildLock(work: WorkFolder): () => void {
  fs.mkdirSync(work.dir, { recursive: true });
  const { lock } = work;
  const holder = fs.existsSync(lock) ? Number(fs.readFileSync(lock, 'utf8')) : undefined;
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new Error(`Build lain sedang berjalan (proses ${holder}); tunggu sampai selesai. / Another build is running (process ${holder}); wait for it to finish.`);
  }
  fs.writeFileSync(lock, String(process.pid));
  return () => fs.rmSync(lock, { force: true });
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
