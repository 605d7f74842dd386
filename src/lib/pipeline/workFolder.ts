import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Snapshot } from '../history/snapshots';
import type { ShardPlan } from '../search/searchShards';
import type { SearchVocabulary } from '../search/tradeWords';
import { statsSchema, type Stats } from '../stats/statsSchema';
import { readJsonLines } from '../readLines';
import { jsonPieces, writeChunks } from '../writeChunks';
import {
  openDataManifestSchema, shardPlanSchema, siteDataSchema, sitemapDataSchema, snapshotListSchema, type OpenDataManifest, type SiteData, type SitemapData,
} from './workFolderSchemas';

/** The environment variable that hands the work folder to the Astro process (set by render.ts, read by currentWorkFolder). */
export const WORK_DIR_VARIABLE = 'LOKER_WORK_DIR';
/** The work folder when none is given: `npm run build`'s default `--work`. */
export const DEFAULT_WORK_DIR = '.build';

/** Where every artefact one build hands from stage to stage lives; one build at a time uses a work folder (buildLock.ts). */
export interface WorkFolder {
  dir: string;
  /** `site-data.json`: everything the pages render. */
  siteData: string;
  /** `search-shards.json`: which vacancy is in which search shard (the index's, searchWindow.ts). */
  shardPlan: string;
  /** `search-records/<shard>.ndjson`: each shard's search records, for Pagefind. */
  searchRecords: string;
  /** `search-vocabulary.json`: the words of the search records' titles, occupations and places, with how many vacancies have each (spelling help on /cari/), and the trade words with their unit groups. */
  searchVocabulary: string;
  /** `sitemap-data.json`: what the sitemap needs (read by astro.config.mjs). */
  sitemapData: string;
  /** `report/`: the validation report, text and JSON. */
  report: string;
  /** `open-data/`: the open-data files, laid out as under the site's /data/ (src/lib/opendata/). */
  openData: string;
  /** `open-data.json`: what the /data/ pages say about those files. */
  openDataManifest: string;
  /** `snapshots.json`: the dated snapshots the site publishes, for the /data/ page. */
  snapshotList: string;
  /** `stats.json`: the labour-demand statistics of /statistik/ (src/lib/stats/). */
  stats: string;
  /** `build.lock`: the process id of the build using the folder. */
  lock: string;
  /** `history/`: the updated ledger, archive and change files, waiting for the site to be published (pipeline/history.ts). */
  history: string;
  /** `render-reuse.json`: what this build may reuse of the published site (pipeline/reuse.ts): the code digest and the previous pages' keys. */
  renderReuse: string;
  /** `render-keys/<route>.json`: each rendered route's output files and their keys, written by the Astro process (src/lib/site/renderPlan.ts). */
  renderKeys: string;
  /** `ingest-cache/<digest>.json`: each data file's ingest result, reused by the next build while the file, its mapping, the code and the references stay the same (src/lib/ingest/fileCache.ts). */
  ingestCache: string;
  /** `published-pages.json`: the keys of the published site's pages and search shards, written after publishing (pipeline/reuse.ts). */
  publishedPages: string;
  /** `reuse-previous.json`: the published site this build reuses and its search shards' digests (or null), left by the prepare stage's process for the build (pipeline/reuse.ts). */
  reusePrevious: string;
}

/** The paths of every artefact in the work folder `dir`. */
export function workFolder(dir: string): WorkFolder {
  const at = (name: string) => path.join(path.resolve(dir), name);
  return {
    dir: path.resolve(dir), siteData: at('site-data.json'), shardPlan: at('search-shards.json'), searchRecords: at('search-records'),
    searchVocabulary: at('search-vocabulary.json'),
    sitemapData: at('sitemap-data.json'), report: at('report'), openData: at('open-data'), openDataManifest: at('open-data.json'), snapshotList: at('snapshots.json'), stats: at('stats.json'), lock: at('build.lock'),
    history: at('history'), renderReuse: at('render-reuse.json'), renderKeys: at('render-keys'), publishedPages: at('published-pages.json'), reusePrevious: at('reuse-previous.json'), ingestCache: at('ingest-cache'),
  };
}

/** The work folder of the build this process belongs to: `LOKER_WORK_DIR`, else `.build` (the one place it is resolved). */
export function currentWorkFolder(): WorkFolder {
  return workFolder(process.env[WORK_DIR_VARIABLE] ?? DEFAULT_WORK_DIR);
}

/** Each artefact's name in messages, Indonesian / English. */
const NAMES = {
  siteData: ['Data situs', 'Site data'], shardPlan: ['Rencana indeks pencarian', 'Search shard plan'], sitemapData: ['Data sitemap', 'Sitemap data'],
  openDataManifest: ['Daftar berkas data terbuka', 'Open-data manifest'],
  searchVocabulary: ['Kosakata pencarian', 'Search vocabulary'],
  snapshotList: ['Daftar arsip harian', 'Snapshot list'],
  stats: ['Statistik', 'Statistics'],
} as const;
type Artefact = keyof typeof NAMES;

function write(work: WorkFolder, artefact: Artefact, value: unknown): void {
  fs.mkdirSync(work.dir, { recursive: true });
  // Long arrays one item a line, read back line by line: a site data file of years of vacancies is larger than the longest string Node can hold.
  writeChunks(work[artefact], jsonPieces(value, { lines: true }));
}

function read<T>(work: WorkFolder, artefact: Artefact, schema: z.ZodType<T>): T {
  const file = work[artefact];
  const [id, en] = NAMES[artefact];
  if (!fs.existsSync(file)) throw new Error(`${id} tidak ada (${file}). Jalankan "npm run build" dulu. / ${en} missing (${file}): run "npm run build" first.`);
  try {
    return schema.parse(readJsonLines(file));
  } catch (error) {
    throw new Error(`${id} tidak valid (${file}): ${problemOf(error)}. Jalankan "npm run build" lagi. / ${en} invalid (${file}): run "npm run build" again.`, { cause: error });
  }
}

/** The first problem a parse found, where it is: `vacancies.12: kolom "is_open" …`, or the JSON syntax error. */
function problemOf(error: unknown): string {
  if (!(error instanceof z.ZodError)) return (error as Error).message;
  const [first] = error.issues;
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1})` : '';
  return `${first!.path.join('.') || '(root)'}: ${first!.message}${more}`;
}

/** Writes the site data (planSite). */
export const writeSiteData = (work: WorkFolder, data: SiteData) => write(work, 'siteData', data);
/** Writes the search vocabulary (planSite): word → number of open vacancies whose record has it; trade word → its unit groups. */
export const writeSearchVocabulary = (work: WorkFolder, vocabulary: SearchVocabulary) => write(work, 'searchVocabulary', vocabulary);
/** Reads and checks the search vocabulary. */
export const readSearchVocabulary = (work: WorkFolder): SearchVocabulary => read(work, 'searchVocabulary',
  z.object({ words: z.record(z.string(), z.number().int().positive()), trades: z.record(z.string(), z.array(z.string().regex(/^\d{4}$/))) }));
/** Reads and checks the site data: the envelope parsed strictly, each vacancy checked by shape (storedVacancy.ts). */
export const readSiteData = (work: WorkFolder): SiteData => read(work, 'siteData', siteDataSchema);
/** Writes the search shard plan (planSite). */
export const writeShardPlan = (work: WorkFolder, plan: ShardPlan) => write(work, 'shardPlan', plan);
/** Reads and parses the search shard plan. */
export const readShardPlan = (work: WorkFolder): ShardPlan => read(work, 'shardPlan', shardPlanSchema);
/** Writes the sitemap facts (planSite). */
export const writeSitemapData = (work: WorkFolder, facts: SitemapData) => write(work, 'sitemapData', facts);
/** Reads and parses the sitemap facts (astro.config.mjs). */
export const readSitemapData = (work: WorkFolder): SitemapData => read(work, 'sitemapData', sitemapDataSchema);
/** Writes the open-data manifest (src/lib/opendata/writeOpenData.ts). */
export const writeOpenDataManifest = (work: WorkFolder, manifest: OpenDataManifest) => write(work, 'openDataManifest', manifest);
/** Reads and parses the open-data manifest (the /data/ pages). */
export const readOpenDataManifest = (work: WorkFolder): OpenDataManifest => read(work, 'openDataManifest', openDataManifestSchema);
/** Writes the list of dated snapshots (pipeline/history.ts). */
export const writeSnapshotList = (work: WorkFolder, list: Snapshot[]) => write(work, 'snapshotList', list);
/** Reads and parses the list of dated snapshots (the /data/ page). */
export const readSnapshotList = (work: WorkFolder): Snapshot[] => read(work, 'snapshotList', snapshotListSchema);
/** Writes the labour-demand statistics (src/lib/stats/writeStats.ts). */
export const writeStatsData = (work: WorkFolder, stats: Stats) => write(work, 'stats', stats);
/** Reads and parses the labour-demand statistics (the /statistik/ pages). */
export const readStatsData = (work: WorkFolder): Stats => read(work, 'stats', statsSchema);
