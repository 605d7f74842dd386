import fs from 'node:fs';
import path from 'node:path';
import { indexShards, writeShardManifest, type ShardEntry } from '../search/build/indexWithPagefind';
import { NATIONWIDE_SCOPE, type ShardPlan } from '../search/searchShards';
import { linkTree, type Previous } from './reuse';
import type { WorkFolder } from './workFolder';

/** Shards up to this many pages are indexed while Astro renders; larger ones after, so the two never peak together. */
export const CONCURRENT_SHARD_PAGES = 3_000;

/** The plan's shards in two lists, each in the plan's order: small ones (indexed while Astro renders) and large ones (after it). */
export function splitShards(plan: ShardPlan, limit = CONCURRENT_SHARD_PAGES): { small: string[]; large: string[] } {
  const names = Object.keys(plan.shards);
  return { small: names.filter((name) => plan.shards[name]!.length <= limit), large: names.filter((name) => plan.shards[name]!.length > limit) };
}

/**
 * Indexes the named shards' search records from the work folder with Pagefind into `outDir/<shard>/`, one shard at a
 * time; a shard the published site holds from the same records (`previous`) is hard-linked from there instead.
 */
export async function indexSearch(work: WorkFolder, outDir: string, names: readonly string[], plan: ShardPlan, previous: Previous | null = null): Promise<ShardEntry[]> {
  const reused = names.filter((name) => isReusable(name, plan, previous));
  for (const name of reused) linkTree(path.join(previous!.site, 'pagefind', name), path.join(outDir, name));
  const indexed = await indexShards(work.searchRecords, outDir, names.filter((name) => !reused.includes(name)));
  return [...reused.map((name) => ({ name, pages: plan.shards[name]!.length })), ...indexed];
}

/** Whether the published site holds this shard's index from the same records. */
function isReusable(name: string, plan: ShardPlan, previous: Previous | null): boolean {
  const digest = plan.digests?.[name];
  return Boolean(previous && digest && previous.shards[name] === digest && fs.existsSync(path.join(previous.site, 'pagefind', name, 'pagefind-entry.json')));
}

/**
 * Puts the finished search index into the staging site as `pagefind/`: the shard list (`shards.json`) and the build's
 * records digest (`build.json`, checked by the search page before it opens a second shard), then says what was indexed.
 */
export function installSearchIndex(plan: ShardPlan, entries: readonly ShardEntry[], searchDir: string, siteDir: string): void {
  const names = Object.keys(plan.shards);
  writeShardManifest(searchDir, names, entries);
  fs.writeFileSync(path.join(searchDir, 'build.json'), `${JSON.stringify({ build: plan.build })}\n`);
  fs.renameSync(searchDir, path.join(siteDir, 'pagefind'));
  const nationwide = plan.scopes[NATIONWIDE_SCOPE] ?? [];
  const open = nationwide.reduce((n, name) => n + plan.shards[name]!.length, 0);
  console.log(`Pagefind: ${open} lowongan dibuka diindeks dalam ${nationwide.length} bagian nasional dan ${names.length - nationwide.length} bagian per provinsi / open vacancies indexed in ${nationwide.length} nationwide shards and ${names.length - nationwide.length} province shards`);
}
