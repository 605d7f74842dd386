// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { currentWorkFolder, readSitemapData } from './src/lib/pipeline/workFolder.ts';
import { siteUrl } from './src/lib/site/siteConfig.ts';
import { reusedPagePaths } from './src/lib/pipeline/reuseFiles.ts';

/** @type {{ asOf: string; left: Set<string>; lastmod: Record<string, string> } | undefined} */
let sitemapFacts;

/** The sitemap facts the build wrote in its work folder (src/lib/pipeline/planSite.ts), read on first use: only the build needs them. */
function readSitemapFacts() {
  if (sitemapFacts) return sitemapFacts;
  const facts = readSitemapData(currentWorkFolder());
  sitemapFacts = { asOf: facts.asOf, left: new Set([...facts.closed, ...facts.empty]), lastmod: facts.lastmod };
  return sitemapFacts;
}

// The build script sets LOKER_OUT_DIR to a staging folder so a failed build never touches dist/.
export default defineConfig({
  // The public address: LOKER_SITE_URL (set by the build once resolved) or "url" in data/site.json (src/lib/site/siteConfig.ts).
  site: siteUrl(),
  outDir: process.env.LOKER_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Four pages in flight at once: rendering overlaps the writing of files. At 100k, interleaved on this 2-core machine kind
  // (BENCHMARKS.md, session 10): the Astro stage alone 117 s at 2, median 89 s at 4 and 80 s at 8; whole full builds
  // 251 s at 2, 177–219 s at 4, 193–204 s at 8 (peak 2.00, 2.07–2.10, 2.13–2.20 GB). 4: as fast as 8 within the noise, less memory.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  integrations: [
    sitemap({
      // Files stay below the protocol's 50,000 URLs each.
      entryLimit: 45000,
      namespaces: { news: false, xhtml: false, image: false, video: false },
      // Pages an incremental build links from the published site instead of rendering (src/lib/pipeline/reuse.ts), read when the sitemap is written.
      get customPages() {
        return reusedPagePaths(currentWorkFolder()).map((p) => new URL(p, siteUrl()).href);
      },
      // HTML pages only (not feeds or robots.txt), and no noindex page: a closed vacancy or an empty list keeps its page but leaves the index.
      filter: (url) => url.endsWith('/') && !readSitemapFacts().left.has(new URL(url).pathname),
      // lastmod from the data, never the build clock: a vacancy's date_posted, every other page the data's date.
      serialize: (item) => {
        const facts = readSitemapFacts();
        return { ...item, lastmod: facts.lastmod[new URL(item.url).pathname] ?? facts.asOf };
      },
    }),
  ],
});
