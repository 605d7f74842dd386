import fs from 'node:fs';
import path from 'node:path';
import type { Occupation } from '../reference/occupations';
import type { Province, Regency } from '../reference/regions';
import type { Vacancy } from '../schema/publishedVacancy';
import type { ShardPlan } from '../search/searchShards';

/** A publishing office as the site names it. */
export interface SourceInfo {
  source: string;
  name: string;
  url?: string;
}

/** Everything the pages render, written by the ingest step of the build. */
export interface SiteData {
  asOf: string;
  sources: SourceInfo[];
  provinces: Province[];
  regencies: Regency[];
  occupations: Occupation[];
  vacancies: Vacancy[];
}

let cached: SiteData | undefined;

/** Reads the site data once per build (`LOKER_SITE_DATA`, default `.build/site-data.json`). */
export function loadSiteData(): SiteData {
  if (cached) return cached;
  const file = path.resolve(process.env.LOKER_SITE_DATA ?? '.build/site-data.json');
  if (!fs.existsSync(file)) {
    throw new Error(`Data situs tidak ada (${file}). Jalankan "npm run build" dulu. / Site data missing: run "npm run build" first.`);
  }
  cached = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteData;
  return cached;
}

/** Which open vacancy is in which search shard, written by validate beside the site data (`search-shards.json`). */
export function loadShardPlan(): ShardPlan {
  const file = path.join(path.dirname(path.resolve(process.env.LOKER_SITE_DATA ?? '.build/site-data.json')), 'search-shards.json');
  if (!fs.existsSync(file)) throw new Error(`Rencana indeks pencarian tidak ada (${file}). Jalankan "npm run build" dulu. / Search shard plan missing: run "npm run build" first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ShardPlan;
}
