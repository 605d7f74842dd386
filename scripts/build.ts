// Builds the whole site from data/: validate → Astro pages → Pagefind index → swap into dist/ atomically.
// Each heavy stage runs in its own process, so the peak memory is the largest stage's, not their sum.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexShards, writeShardManifest, type ShardEntry } from '../src/lib/search/build/indexWithPagefind';
import { runAstroBuild } from '../src/lib/build/runAstroBuild';
import { takeBuildLock } from '../src/lib/build/buildLock';
import { removeStaleStaging } from '../src/lib/build/removeStaleStaging';
import { runNodeScript } from '../src/lib/build/runNodeScript';
import { swapDirectory } from '../src/lib/build/swapDirectory';
import { parseDate, todayInJakarta } from '../src/lib/parse/parseDate';
import { DEFAULT_PARTITION_PAGES, NATIONWIDE_SCOPE, type ShardPlan } from '../src/lib/search/searchShards';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist' },
    work: { type: 'string', default: '.build' },
    'as-of': { type: 'string', default: process.env.LOKER_AS_OF },
    strict: { type: 'boolean', default: false },
    /** Open vacancies per nationwide recent search partition (src/lib/search/searchShards.ts). */
    'search-partition-pages': { type: 'string', default: String(DEFAULT_PARTITION_PAGES) },
  },
});
const root = process.cwd();
const outDir = path.resolve(args.out);
const workDir = path.resolve(args.work);
const asOf = args['as-of'] ?? todayInJakarta();
if (parseDate(asOf) !== asOf) throw new Error(`--as-of harus tanggal YYYY-MM-DD / must be a YYYY-MM-DD date: ${asOf}`);
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
/** Shards up to this many pages are indexed while Astro renders; larger ones after, so the two never peak together. */
const CONCURRENT_SHARD_PAGES = 20_000;

async function main(): Promise<void> {
  // 1. Validate every office's rows, print the balance, write the report and the site data (fails here in --strict mode).
  console.log('[1/4] validasi / validate');
  const siteDataFile = path.join(workDir, 'site-data.json');
  fs.rmSync(siteDataFile, { force: true });
  const validate = [tsx, 'scripts/validate.ts', '--data', args.data, '--report', path.join(workDir, 'report'), '--site-data', siteDataFile, '--as-of', asOf, '--search-partition-pages', args['search-partition-pages'], '--published', outDir];
  if ((await runNodeScript(args.strict ? [...validate, '--strict'] : validate)) !== 0) throw new Error('validasi gagal / validation failed');
  // Staging stays inside the project: Astro keeps its prerender files inside an outDir under the working directory,
  // but in one shared .astro/ folder otherwise, where two builds at once would collide.
  const staging = path.join(root, '.build', `staging-${process.pid}`);
  removeStaleStaging(path.dirname(staging));
  // Pagefind writes beside the staging site (Astro may clear its outDir) and is moved in once both are done.
  const pagefindOut = `${staging}.pagefind`;
  try {
    // 2 + 3. Render every page from the validated data while Pagefind indexes the search records validate wrote:
    // the small shards alongside Astro, the large ones after it, one shard at a time so memory stays in budget.
    console.log('[2/4] astro + pagefind');
    const plan = JSON.parse(fs.readFileSync(path.join(workDir, 'search-shards.json'), 'utf8')) as ShardPlan;
    const shards = plan.shards;
    const names = Object.keys(shards);
    const small = names.filter((name) => shards[name]!.length <= CONCURRENT_SHARD_PAGES);
    const large = names.filter((name) => shards[name]!.length > CONCURRENT_SHARD_PAGES);
    const records = path.join(workDir, 'search-records');
    fs.rmSync(pagefindOut, { recursive: true, force: true });
    // Both run to the end before anything is cleaned up, so a failure in one never races the other's writes.
    const [astro, smallIndexed] = await Promise.allSettled([runAstroBuild({ outDir: staging, siteDataFile }), indexShards(records, pagefindOut, small)]);
    if (astro.status === 'rejected') throw astro.reason;
    if (smallIndexed.status === 'rejected') throw smallIndexed.reason;
    console.log('[3/4] pagefind');
    const entries: ShardEntry[] = [...smallIndexed.value, ...(await indexShards(records, pagefindOut, large))];
    // Pagefind silently skips a record it cannot read: every open vacancy must be in the index.
    const short = entries.filter((e) => e.pages !== shards[e.name]!.length);
    if (short.length) throw new Error(`Indeks pencarian tidak lengkap / search index incomplete: ${short.map((e) => `${e.name} ${e.pages}/${shards[e.name]!.length}`).join(', ')}`);
    writeShardManifest(pagefindOut, names, entries);
    // The search page checks this before opening a second shard (src/lib/search/searchShards.ts, ShardPlan.build).
    fs.writeFileSync(path.join(pagefindOut, 'build.json'), `${JSON.stringify({ build: plan.build })}\n`);
    fs.renameSync(pagefindOut, path.join(staging, 'pagefind'));
    const nationwide = plan.scopes[NATIONWIDE_SCOPE] ?? [];
    const open = nationwide.reduce((n, name) => n + shards[name]!.length, 0);
    console.log(`Pagefind: ${open} lowongan dibuka diindeks dalam ${nationwide.length} bagian nasional dan ${names.length - nationwide.length} bagian per provinsi / open vacancies indexed in ${nationwide.length} nationwide shards and ${names.length - nationwide.length} province shards`);
    // 4. Publish: swap the finished build in; a failure above leaves the previous dist/ untouched.
    console.log('[4/4] publikasi / publish');
    swapDirectory(staging, outDir);
  } finally {
    // Gone after a successful swap; a failed build leaves nothing half-made behind.
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(pagefindOut, { recursive: true, force: true });
  }
  console.log(`Selesai / done: ${path.relative(root, outDir) || outDir}`);
}

// One build at a time per work folder: builds share its site data, search records and report.
let release: (() => void) | undefined;
try {
  release = takeBuildLock(workDir);
  await main();
} catch (error) {
  console.error(`BUILD GAGAL / FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  release?.();
}
