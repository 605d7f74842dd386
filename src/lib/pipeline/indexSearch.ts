import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexShards, writeShardManifest, type ShardEntry } from '../search/build/indexWithPagefind';
import { NATIONWIDE_SCOPE, type ShardPlan } from '../search/searchShards';
import type { IndexWorkerInput } from './indexShardsProcess';
import { linkTree, type Previous } from './reuse';
import { runStageProcess } from './runNodeScript';
import type { WorkFolder } from './workFolder';

/** Shards up to this many pages are indexed while Astro renders; larger ones after, so the two never peak together. */
export const CONCURRENT_SHARD_PAGES = 3_000;

/** The plan's shards in two lists, each in the plan's order: small ones (indexed while Astro renders) and large ones (after it). */
export function splitShards(plan: ShardPlan, limit = CONCURRENT_SHARD_PAGES): { small: string[]; large: string[] } {
  const names = Object.keys(plan.shards);
  return { small: names.filter((name) => plan.shards[name]!.length <= limit), large: names.filter((name) => plan.shards[name]!.length > limit) };
}

/**
 * Pagefind processes indexing the large shards at once, after Astro: Pagefind indexes on one core, so two use both
 * cores of the build machine; a 10,000-page shard's process holds up to 0.8 GB, so two stay within the memory budget.
 */
export const LARGE_SHARD_WORKERS = Math.min(2, os.availableParallelism());

const WORKER_ENTRY = fileURLToPath(new URL('./indexShardsProcess.ts', import.meta.url));

/**
 * Indexes the named shards' search records from the work folder with Pagefind into `outDir/<shard>/`; a shard the
 * published site holds from the same records (`previous`) is hard-linked from there instead. With one worker the
 * shards are indexed here, one at a time; with more, each worker is a process of its own (one Pagefind backend per
 * process) taking a share of the shards balanced by pages. A shard's index does not depend on which worker made it.
 */
export async function indexSearch(work: WorkFolder, outDir: string, names: readonly string[], plan: ShardPlan, previous: Previous | null = null, workers = 1): Promise<ShardEntry[]> {
  const reused = names.filter((name) => isReusable(name, plan, previous));
  const fresh = names.filter((name) => !reused.includes(name));
  // Pagefind indexes the others while the reused shards are linked.
  const [indexed, linked] = await Promise.allSettled([
    workers > 1 && fresh.length > 1 ? indexInWorkers(work, outDir, shareShards(fresh, plan, workers)) : indexShards(work.searchRecords, outDir, fresh),
    (async () => { for (const name of reused) await linkTree(path.join(previous!.site, 'pagefind', name), path.join(outDir, name)); })(),
  ]);
  if (indexed.status === 'rejected') throw indexed.reason;
  if (linked.status === 'rejected') throw linked.reason;
  return [...reused.map((name) => ({ name, pages: plan.shards[name]!.length })), ...indexed.value];
}

/** Splits shards into at most `workers` lists of about equal pages: largest first, each to the list with the fewest pages so far. */
export function shareShards(names: readonly string[], plan: ShardPlan, workers: number): string[][] {
  const lists = Array.from({ length: Math.min(workers, names.length) }, () => ({ names: [] as string[], pages: 0 }));
  const bySize = [...names].sort((a, b) => plan.shards[b]!.length - plan.shards[a]!.length);
  for (const name of bySize) {
    const list = lists.reduce((least, l) => (l.pages < least.pages ? l : least));
    list.names.push(name);
    list.pages += plan.shards[name]!.length;
  }
  return lists.map((l) => l.names);
}

/** Runs one indexing process per list at once; every process ends before a failure is thrown. */
async function indexInWorkers(work: WorkFolder, outDir: string, lists: readonly string[][]): Promise<ShardEntry[]> {
  const dir = path.join(work.dir, 'search-workers');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const inputs: IndexWorkerInput[] = lists.map((names, i) => ({ recordsDir: work.searchRecords, outDir, names, entriesFile: path.join(dir, `${i}.json`) }));
  const codes = await Promise.all(inputs.map((input) => runStageProcess(WORKER_ENTRY, input)));
  const failed = codes.findIndex((code) => code !== 0);
  if (failed >= 0) throw new Error(`Indeks pencarian ${inputs[failed]!.names.join(', ')} gagal dibuat / search index failed (proses keluar dengan kode / process exit ${codes[failed]})`);
  return inputs.flatMap((input) => JSON.parse(fs.readFileSync(input.entriesFile, 'utf8')) as ShardEntry[]);
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
  const indexed = nationwide.reduce((n, name) => n + plan.shards[name]!.length, 0);
  console.log(`Pagefind: ${indexed} lowongan yang dibuka per ${plan.since} (yang diposting sebelum ${plan.base}: per ${plan.base}) diindeks dalam ${nationwide.length} bagian nasional dan ${names.length - nationwide.length} bagian per provinsi / vacancies open on ${plan.since} (posted before ${plan.base}: on ${plan.base}) indexed in ${nationwide.length} nationwide shards and ${names.length - nationwide.length} province shards`);
}
