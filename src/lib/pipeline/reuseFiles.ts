import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { WorkFolder } from './workFolder';

/** Output file (relative to the site, `lowongan/x/index.html`) → the key of what it was rendered from. */
const keysSchema = z.record(z.string(), z.string());

/** What the Astro process may reuse (`render-reuse.json`): the code digest every key includes, and the published pages' keys (null: render everything). */
export const renderReuseSchema = z.strictObject({ code: z.string(), previous: keysSchema.nullable() });
/** The render reuse file's content. */
export type RenderReuse = z.infer<typeof renderReuseSchema>;

/** What the published site was built from (`published-pages.json`): which folder, its pages' keys, its search shards' record digests. */
export const publishedPagesSchema = z.strictObject({ site: z.string(), pages: keysSchema, shards: z.record(z.string(), z.string()) });
/** The published pages file's content. */
export type PublishedPages = z.infer<typeof publishedPagesSchema>;

const cache = new Map<string, RenderReuse | null>();

/** Set to `1` by the build's render stage: the Astro process then reads `render-reuse.json` and writes `render-keys/`. */
export const RENDER_REUSE_VARIABLE = 'LOKER_RENDER_REUSE';

/** The reuse file the build wrote for this Astro process, read once; null when Astro runs outside the build (`astro dev`): then every page renders. */
export function readRenderReuse(work: WorkFolder): RenderReuse | null {
  if (process.env[RENDER_REUSE_VARIABLE] !== '1') return null;
  const file = work.renderReuse;
  if (!cache.has(file)) cache.set(file, loadRenderReuse(work));
  return cache.get(file)!;
}

/** The reuse file as the build wrote it (`render-reuse.json`). */
export function loadRenderReuse(work: WorkFolder): RenderReuse {
  return renderReuseSchema.parse(JSON.parse(fs.readFileSync(work.renderReuse, 'utf8')));
}

/** Writes one route's output files and keys into `render-keys/` (a route template's characters other than letters and digits become `_`). */
export function writeRenderKeys(work: WorkFolder, route: string, keys: Record<string, string>): void {
  fs.mkdirSync(work.renderKeys, { recursive: true });
  fs.writeFileSync(path.join(work.renderKeys, `${route.replace(/[^a-z0-9]+/gi, '_')}.json`), JSON.stringify(keys));
}

/** Every route's output files and keys as this build's Astro process wrote them. */
export function readRenderKeys(work: WorkFolder): Record<string, string> {
  const keys: Record<string, string> = {};
  if (!fs.existsSync(work.renderKeys)) return keys;
  for (const name of fs.readdirSync(work.renderKeys).sort()) Object.assign(keys, keysSchema.parse(JSON.parse(fs.readFileSync(path.join(work.renderKeys, name), 'utf8'))));
  return keys;
}

/** The output files this build did not render because the published site has them from the same key. */
export function reusedFiles(work: WorkFolder, reuse = fs.existsSync(work.renderReuse) ? loadRenderReuse(work) : null): string[] {
  const previous = reuse?.previous;
  if (!previous) return [];
  return Object.entries(readRenderKeys(work)).filter(([file, key]) => previous[file] === key).map(([file]) => file);
}

/** The site paths (`/lowongan/x/`) of the reused HTML pages, for the sitemap, which lists only pages Astro rendered. */
export function reusedPagePaths(work: WorkFolder): string[] {
  return reusedFiles(work).filter((file) => file.endsWith('/index.html') || file === 'index.html').map((file) => `/${file.slice(0, -'index.html'.length)}`);
}
