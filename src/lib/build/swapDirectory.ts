import fs from 'node:fs';

/** Puts a finished build in place of the published folder with renames only, so a reader sees the old site or the new one, never half of each. */
export function swapDirectory(built: string, target: string): void {
  const old = `${target}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(built, target);
  fs.rmSync(old, { recursive: true, force: true });
}
