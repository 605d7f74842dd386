import fs from 'node:fs';

/**
 * Puts a finished build in place of the published folder with renames only, so a reader sees the old site or the new
 * one, never half of each; if the second rename fails, the old site is put back.
 */
export function publish(built: string, target: string): void {
  const old = `${target}.old`;
  // A build killed between the two renames left the old site only under .old: put it back before going on.
  if (!fs.existsSync(target) && fs.existsSync(old)) fs.renameSync(old, target);
  fs.rmSync(old, { recursive: true, force: true });
  const hadTarget = fs.existsSync(target);
  if (hadTarget) fs.renameSync(target, old);
  try {
    fs.renameSync(built, target);
  } catch (error) {
    if (hadTarget) fs.renameSync(old, target);
    throw new Error(`Situs baru tidak dapat dipasang; situs lama tetap / new site could not be put in place, old site kept: ${(error as Error).message}`, { cause: error });
  }
  fs.rmSync(old, { recursive: true, force: true });
}
