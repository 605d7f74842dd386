import { z } from 'zod';
import type { Occupation } from '../reference/occupations';
import type { Province, Regency } from '../reference/regions';
import type { ShardPlan } from '../search/searchShards';
import { siteConfigSchema } from '../site/siteConfig';
import { storedVacancySchema } from './storedVacancy';
import { officeContactSchema } from '../ingest/sourcesFile';
import type { Vacancy } from '../schema/publishedVacancy';

/** A publishing office as the site names it. */
export const sourceInfoSchema = z.strictObject({
  /** The office's code: its file or folder name under data/vacancies. */
  source: z.string(),
  /** Its display name (data/sources.csv). */
  name: z.string(),
  /** Its website. */
  url: z.string().optional(),
  /** How to visit it in person: address, opening hours, phone, map link. */
  contact: officeContactSchema.optional(),
});

const provinceSchema = z.strictObject({ code: z.string(), name: z.string(), slug: z.string() }) satisfies z.ZodType<Province>;
const regencySchema = z.strictObject({
  code: z.string(), provinceCode: z.string(), name: z.string(), kind: z.enum(['kabupaten', 'kota']), slug: z.string(),
}) satisfies z.ZodType<Regency>;
const occupationSchema = z.strictObject({
  code: z.string(), level: z.enum(['major', 'sub_major', 'minor', 'unit']), parentCode: z.string().nullable(), titleId: z.string(), titleEn: z.string(), slug: z.string(),
}) satisfies z.ZodType<Occupation>;

/** What the other pages read of a settled vacancy (pipeline/settledPages.ts), with its page's key. */
export type SettledVacancy = Pick<Vacancy, 'slug' | 'source' | 'also_published_by' | 'region_scope' | 'country' | 'province_code' | 'date_posted'> & { key: string };

/** A closed or withdrawn vacancy whose published page is unchanged: its page is linked from the published site, not rendered again. */
export const settledVacancySchema = z.strictObject({
  slug: z.string(),
  /** Its page's key (site/pageKeys.ts): the same as the published page's. */
  key: z.string(),
  /** The offices that reported it: the home page counts them. */
  source: z.string(),
  also_published_by: z.array(z.string()),
  /** Where it was: the overseas countries list and the preview images follow every vacancy page, open or closed. */
  region_scope: z.enum(['regency', 'province', 'national', 'overseas']),
  country: z.string(),
  province_code: z.string().optional(),
  date_posted: z.iso.date(),
}) satisfies z.ZodType<SettledVacancy>;

/** `site-data.json`: everything the pages render. */
export const siteDataSchema = z.strictObject({
  /** The data's "as of" date: which vacancies are open. */
  asOf: z.iso.date(),
  /** Every publishing office. */
  sources: z.array(sourceInfoSchema),
  /** Reference regions and occupations, for names and hierarchy. */
  provinces: z.array(provinceSchema),
  regencies: z.array(regencySchema),
  occupations: z.array(occupationSchema),
  /** Every published vacancy, open and closed, by slug, but the settled ones. */
  vacancies: z.array(storedVacancySchema),
  /** Closed and withdrawn vacancies whose published page is unchanged, by slug (none in a full build). */
  settled: z.array(settledVacancySchema).optional(),
  /** The publisher's settings (data/site.json): who publishes, contact and report channels, whether the data is the sample. */
  site: siteConfigSchema.optional(),
});

/** Every vacancy that has a page, open or closed: the site data's whole records and its settled ones. */
export const everyVacancy = (data: Pick<SiteData, 'vacancies' | 'settled'>): (Vacancy | SettledVacancy)[] => [...data.vacancies, ...(data.settled ?? [])];

/** `search-shards.json`: which vacancy is in which search shard (src/lib/search/searchShards.ts). */
export const shardPlanSchema = z.strictObject({
  /** The day the index is cut as of (src/lib/search/searchWindow.ts). */
  since: z.string(),
  /** The day the vacancies posted before `since`'s week are cut as of: its Monday. */
  base: z.string(),
  /** Shard name → its vacancies' slugs, newest first. */
  shards: z.record(z.string(), z.array(z.string())),
  /** Scope → its shards, newest first. */
  scopes: z.record(z.string(), z.array(z.string())),
  /** Digest of every shard's records. */
  build: z.string().optional(),
  /** Shard → digest of its records: a shard whose digest the published site's has is reused as it is. */
  digests: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<ShardPlan>;

/** `sitemap-data.json`: what the sitemap needs, small enough for astro.config.mjs to read inside the Astro process (the full site data is not). */
export const sitemapDataSchema = z.strictObject({
  /** The data's "as of" date: lastmod of every page that is not a vacancy (lists change whenever the data does). */
  asOf: z.iso.date(),
  /** Paths of closed vacancy pages: they keep their page (noindex) but leave the sitemap. */
  closed: z.array(z.string()),
  /** Paths of list pages with no open vacancy (src/lib/site/emptyLists.ts): noindex, out of the sitemap. */
  empty: z.array(z.string()),
  /** Path of each open vacancy page → its last real change (the ledger's last_changed), else its date_posted. */
  lastmod: z.record(z.string(), z.iso.date()),
});

const licenceSchema = z.strictObject({ name: z.string(), path: z.string(), title: z.string() });

/** One published open-data file: where it is under /data/, what it holds, its size and SHA-256. */
export const openDataFileSchema = z.strictObject({
  name: z.string(), path: z.string(), title: z.string(), format: z.enum(['csv', 'jsonl', 'parquet', 'json']),
  /** Data rows (CSV, JSON Lines); absent for the package descriptors. */
  rows: z.number().int().optional(),
  bytes: z.number().int(), sha256: z.string(),
  /** The province of a per-province file. */
  province: z.string().optional(),
});

/** `open-data.json`: what the /data/ pages say about the files the open-data stage wrote (src/lib/opendata/). */
export const openDataManifestSchema = z.strictObject({
  asOf: z.iso.date(),
  publisher: z.strictObject({ siteUrl: z.string(), name: z.string(), contact: z.string(), licence: licenceSchema }),
  files: z.array(openDataFileSchema),
  /** Published vacancies: all, open, not open (closed or withdrawn). */
  counts: z.strictObject({ all: z.number().int(), open: z.number().int(), notOpen: z.number().int(), offices: z.number().int() }),
  /** The earliest and latest date_posted of the published vacancies. */
  posted: z.strictObject({ first: z.iso.date(), last: z.iso.date() }).optional(),
  /** Per column: published vacancies with a value, and the value of the first one (by slug). */
  fields: z.array(z.strictObject({ name: z.string(), filled: z.number().int(), example: z.string().optional() })),
  /** The data-quality report per publishing office (src/lib/opendata/quality.ts). */
  quality: z.array(z.strictObject({
    source: z.string(), name: z.string(), received: z.number().int(), published: z.number().int(), open: z.number().int(),
    merged: z.number().int(), superseded: z.number().int(), rejected: z.number().int(),
    byRule: z.array(z.strictObject({ rule: z.string(), count: z.number().int() })),
    payShare: z.number().optional(), occupationGuessedShare: z.number().optional(),
    filled: z.array(z.strictObject({ field: z.string(), share: z.number().optional() })),
  })),
});

/** `snapshots.json`: every dated snapshot the site publishes under /data/arsip/, newest first (src/lib/history/snapshots.ts). */
export const snapshotListSchema = z.array(z.strictObject({ date: z.iso.date(), file: z.string(), bytes: z.number().int(), sha256: z.string() }));

/** Everything the pages render. */
export type SiteData = z.output<typeof siteDataSchema>;
/** A publishing office as the site names it. */
export type SourceInfo = z.output<typeof sourceInfoSchema>;
/** What the /data/ pages say about the open-data files. */
export type OpenDataManifest = z.output<typeof openDataManifestSchema>;
/** One published open-data file. */
export type OpenDataFile = z.output<typeof openDataFileSchema>;
/** The sitemap facts of the published vacancies. */
export type SitemapData = z.output<typeof sitemapDataSchema>;
