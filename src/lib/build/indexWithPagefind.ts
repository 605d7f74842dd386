import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Builds the search index of the open vacancy pages under `siteDir` with Pagefind's Node API; any `errors` entry fails the build. */
export async function indexWithPagefind(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
    if (errors.length || !index) throw new Error(`Pagefind createIndex: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: 'lowongan/**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind addDirectory: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind writeFiles: ${written.errors.join('; ')}`);
    removeUnusedUi(path.join(siteDir, 'pagefind'));
    return { pages: added.page_count };
  } catch (error) {
    throw new Error(`Indeks pencarian gagal dibuat / search index failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** Pagefind always writes its default UI bundles; the site uses only the JS API, so they are dead weight. */
function removeUnusedUi(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/.test(name) || name === 'pagefind-highlight.js') fs.rmSync(path.join(dir, name));
  }
}
