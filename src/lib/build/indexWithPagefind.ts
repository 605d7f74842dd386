import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds one Pagefind index per shard of open vacancy pages under `siteDir/pagefind/<shard>/`, one shard at a time,
 * closing Pagefind's process after each so its memory is returned; writes `pagefind/shards.json` for the search page.
 * Any `errors` entry fails the build.
 */
export async function indexWithPagefind(siteDir: string, shards: Record<string, string[]>): Promise<{ pages: number }> {
  let pages = 0;
  const manifest: { name: string; pages: number }[] = [];
  for (const [name, slugs] of Object.entries(shards)) {
    const shardRoot = `${siteDir}.search-${name}`;
    try {
      linkPages(siteDir, shardRoot, slugs);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
      if (errors.length || !index) throw new Error(`createIndex: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: shardRoot });
      if (added.errors.length) throw new Error(`addDirectory: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind', name) });
      if (written.errors.length) throw new Error(`writeFiles: ${written.errors.join('; ')}`);
      removeUnusedUi(path.join(siteDir, 'pagefind', name));
      pages += added.page_count;
      manifest.push({ name, pages: added.page_count });
    } catch (error) {
      throw new Error(`Indeks pencarian ${name} gagal dibuat / search index failed: ${(error as Error).message}`, { cause: error });
    } finally {
      await pagefind.close();
      fs.rmSync(shardRoot, { recursive: true, force: true });
    }
  }
  fs.mkdirSync(path.join(siteDir, 'pagefind'), { recursive: true });
  fs.writeFileSync(path.join(siteDir, 'pagefind', 'shards.json'), `${JSON.stringify(manifest)}\n`);
  return { pages };
}

/** A folder holding only this shard's pages, as hard links (no copying), at the same relative paths so URLs stay right. */
function linkPages(siteDir: string, shardRoot: string, slugs: string[]): void {
  fs.rmSync(shardRoot, { recursive: true, force: true });
  for (const slug of slugs) {
    const dir = path.join(shardRoot, 'lowongan', slug);
    fs.mkdirSync(dir, { recursive: true });
    fs.linkSync(path.join(siteDir, 'lowongan', slug, 'index.html'), path.join(dir, 'index.html'));
  }
}

/** Pagefind always writes its default UI bundles; the site uses only the JS API, so they are dead weight. */
function removeUnusedUi(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/.test(name) || name === 'pagefind-highlight.js') fs.rmSync(path.join(dir, name));
  }
}
