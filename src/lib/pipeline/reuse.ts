import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ShardPlan } from '../search/searchShards';
import { publishedSite } from './publish';
import { publishedPagesSchema, readRenderKeys, reusedFiles, type PublishedPages, type RenderReuse } from './reuseFiles';
import type { WorkFolder } from './workFolder';


const previousSchema = z.object({ site: z.string(), shards: z.record(z.string(), z.string()) });

/** What an incremental build reuses of the published site: its folder and its search shards' record digests (null: a full build). */
export type Previous = z.infer<typeof previousSchema>;

/** Files and folders whose content decides what a page renders besides its data; any change in them renders every page again. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** A digest of the build's code (the files above, by path and content), Node's version and the site's address (every page's canonical links). */
export function codeDigest(root = process.cwd()): string {
  const hash = createHash('sha256').update(`${process.version}\n${process.env.LOKER_SITE_URL ?? ''}\n`);
  const add = (file: string) => hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
  for (const name of CODE) {
    const full = path.join(root, name);
    if (!fs.existsSync(full)) continue;
    if (fs.statSync(full).isFile()) add(full);
    else for (const file of fs.readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) if (fs.statSync(path.join(full, file)).isFile()) add(path.join(full, file));
  }
  return hash.digest('hex').slice(0, 24);
}

/** Which folder a site is: device, inode and birth time of its root, kept by the renames that publish it and new for any other copy. */
function siteIdentity(dir: string): string {
  const stat = fs.statSync(dir, { bigint: true });
  return `${stat.dev}:${stat.ino}:${stat.birthtimeNs}`;
}

/**
 * Writes `render-reuse.json` for the Astro process and clears `render-keys/`. Unless `full`, the published site is
 * reused when `published-pages.json` describes that very folder: each page it holds keeps its key (a file gone from it
 * renders again). Returns what is reused, or null for a full build.
 */
export function prepareReuse(work: WorkFolder, outDir: string, full: boolean, code = codeDigest()): Previous | null {
  fs.rmSync(work.renderKeys, { recursive: true, force: true });
  const previous = full ? null : readPublished(work, outDir);
  const pages = previous && Object.fromEntries(Object.entries(previous.published.pages).filter(([file]) => fs.existsSync(path.join(previous.site, file))));
  const reuse: RenderReuse = { code, previous: pages };
  fs.mkdirSync(work.dir, { recursive: true });
  fs.writeFileSync(work.renderReuse, JSON.stringify(reuse));
  return previous && { site: previous.site, shards: previous.published.shards };
}

/**
 * Leaves what prepareReuse found for the build process (`reuse-previous.json`). The prepare stage's process runs
 * prepareReuse, so the published pages' keys it parses (≈ 150 MB at 117k pages) are freed when that process ends
 * instead of staying in the build process for the whole build.
 */
export function keepPrevious(work: WorkFolder, previous: Previous | null): void {
  fs.writeFileSync(work.reusePrevious, JSON.stringify(previous));
}

/** In the build process, after the prepare stage: what this build reuses of the published site (null: a full build). */
export function readPrevious(work: WorkFolder): Previous | null {
  return previousSchema.nullable().parse(JSON.parse(fs.readFileSync(work.reusePrevious, 'utf8')));
}

function readPublished(work: WorkFolder, outDir: string): { site: string; published: PublishedPages } | null {
  const site = publishedSite(outDir);
  if (!site || !fs.existsSync(work.publishedPages)) return null;
  const parsed = publishedPagesSchema.safeParse(JSON.parse(fs.readFileSync(work.publishedPages, 'utf8')));
  return parsed.success && parsed.data.site === siteIdentity(site) ? { site, published: parsed.data } : null;
}

/**
 * Hard-links every page this build did not render from the published site into the staging site; returns how many.
 * Asynchronous, so the build links while Pagefind's processes index (buildSite.ts).
 */
export async function linkReusedPages(work: WorkFolder, previous: Previous | null, staging: string): Promise<number> {
  if (!previous) return 0;
  const files = reusedFiles(work);
  await linkFiles(previous.site, staging, files);
  return files.length;
}

/** Hard-links a folder's files into a new folder of the same shape. */
export async function linkTree(from: string, to: string): Promise<void> {
  const files = fs.readdirSync(from, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  await linkFiles(from, to, files);
}

/** File operations in flight at once: enough to keep libuv's thread pool (4 threads) busy. */
const LINKS_AT_ONCE = 16;

/**
 * Hard-links files (paths relative to `from`) into `to`, making each folder once, a few at a time on libuv's thread
 * pool, so the event loop stays free for the stage processes the build is waiting on.
 */
async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const folders = new Map<string, Promise<unknown>>();
  let next = 0;
  const linkNext = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const target = path.join(to, file);
      const dir = path.dirname(target);
      if (!folders.has(dir)) folders.set(dir, fs.promises.mkdir(dir, { recursive: true }));
      await folders.get(dir);
      await fs.promises.link(path.join(from, file), target);
    }
  };
  await Promise.all(Array.from({ length: LINKS_AT_ONCE }, linkNext));
}

/** After publishing: records what the published site's pages and search shards were built from, for the next build. */
export function commitReuse(work: WorkFolder, outDir: string, plan: ShardPlan): void {
  const site = publishedSite(outDir);
  if (!site) return;
  const published: PublishedPages = { site: siteIdentity(site), pages: readRenderKeys(work), shards: plan.digests ?? {} };
  const temp = `${work.publishedPages}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(published));
  fs.renameSync(temp, work.publishedPages);
}
