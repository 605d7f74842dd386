import fs from 'node:fs';
import path from 'node:path';

/** The files of a site the kill test publishes: a site is complete when every one is there with the same build's mark. */
export const SITE_FILES = ['index.html', 'lowongan/a/index.html', 'lowongan/b/index.html', 'pagefind/pagefind.js', 'data/lowongan-buka.csv'];

/** Whether `dir` holds one complete site: every file, all written by the same build. */
export function isCompleteSite(dir: string): boolean {
  const marks = SITE_FILES.map((file) => {
    try {
      return fs.readFileSync(path.join(dir, file), 'utf8');
    } catch {
      return undefined;
    }
  });
  return marks.every((mark) => mark !== undefined && mark === marks[0]);
}
