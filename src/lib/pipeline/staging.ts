import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from './buildLock';

/** A build's unfinished output: the site Astro renders, and beside it the search index Pagefind writes (Astro may clear its outDir). */
export interface Staging {
  site: string;
  search: string;
  /** Removes both: gone after a successful publish, and a failed build leaves nothing half-made behind. */
  remove: () => void;
}

/**
 * This process's staging folders, inside `<root>/.build`: Astro keeps its prerender files inside an outDir under the
 * working directory, but in one shared .astro/ folder otherwise, where two builds at once would collide. Staging
 * folders left by killed builds are removed first, so they do not pile up.
 */
export function openStaging(root: string): Staging {
  const site = path.join(root, '.build', `staging-${process.pid}`);
  removeStaleStaging(path.dirname(site));
  const search = `${site}.pagefind`;
  const remove = () => {
    fs.rmSync(site, { recursive: true, force: true });
    fs.rmSync(search, { recursive: true, force: true });
  };
  remove();
  return { site, search, remove };
}

/** Removes staging folders (`staging-<pid>`, and their search shard folders) left by builds that were killed. */
function removeStaleStaging(buildDir: string): void {
  if (!fs.existsSync(buildDir)) return;
  for (const name of fs.readdirSync(buildDir)) {
    const pid = /^staging-(\d+)/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) fs.rmSync(path.join(buildDir, name), { recursive: true, force: true });
  }
}
