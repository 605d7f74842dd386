import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from './buildLock';

/** Removes staging folders (`staging-<pid>`, and their search shard folders) left by builds that were killed, so they do not pile up. */
export function removeStaleStaging(buildDir: string): void {
  if (!fs.existsSync(buildDir)) return;
  for (const name of fs.readdirSync(buildDir)) {
    const pid = /^staging-(\d+)/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) fs.rmSync(path.join(buildDir, name), { recursive: true, force: true });
  }
}

