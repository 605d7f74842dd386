import type { IngestResult } from '../ingest/ingest';
import type { References } from '../reference/loadReferences';
import type { RecordWords } from '../search/build/recordWords';
import { writeSearchRecords } from '../search/build/writeSearchRecords';
import { assignShards, type ShardPlan } from '../search/searchShards';
import { emptyListPaths } from '../site/emptyLists';
import { groupVacancies } from '../site/groupVacancies';
import type { SiteConfig } from '../site/siteConfig';
import { sitemapData } from '../sitemap/sitemapData';
import { settleVacancies } from './settledPages';
import { writeSearchVocabulary, writeShardPlan, writeSiteData, writeSitemapData, type WorkFolder } from './workFolder';
import type { SiteData } from './workFolderSchemas';

/** What planning the site needs: the ingest's result, the references, the work folder, the search partition size and words. */
export interface PlanSiteInput {
  result: IngestResult;
  references: References;
  work: WorkFolder;
  /** Open vacancies per nationwide search partition (src/lib/search/searchShards.ts). */
  partitionPages: number;
  /** The words each search record carries beyond the vacancy's own (src/lib/search/build/recordWords.ts). */
  searchWords: RecordWords;
  /** The publisher's settings (data/site.json). */
  site?: SiteConfig;
}

/** The site data the pages render: validated vacancies, offices, and the reference data for names and hierarchy. */
export function siteDataOf(result: IngestResult, references: References, site: SiteConfig = { sample: false }): SiteData {
  return {
    asOf: result.asOf,
    sources: result.sources.map(({ source, name, url, contact }) => ({ source, name, url, contact })),
    provinces: [...references.regions.provinces],
    regencies: [...references.regions.regencies],
    occupations: [...references.occupations.all],
    vacancies: result.vacancies,
    site,
  };
}

/**
 * Writes into the work folder everything the later stages read: the site data (settled vacancies cut to what other
 * pages read of them, settledPages.ts), which open vacancy goes to which search shard with each shard's search records
 * (for Pagefind to index while Astro renders), and the sitemap facts. Returns the shard plan, stamped with its records' digest.
 */
export function planSite(input: PlanSiteInput): ShardPlan {
  const { result, work } = input;
  const siteData = siteDataOf(result, input.references, input.site);
  const split = settleVacancies(work, siteData.vacancies, siteData);
  if (split.settled.length > 0) console.log(`Bertahap / incremental: ${split.settled.length} halaman lowongan tertutup tidak berubah / closed vacancy pages unchanged`);
  writeSiteData(work, { ...siteData, ...split });
  const siteIndex = groupVacancies(siteData);
  const plan = assignShards(result.vacancies, result.asOf, input.partitionPages);
  const records = writeSearchRecords(work.searchRecords, siteIndex, plan, input.searchWords);
  plan.build = records.build;
  plan.digests = records.digests;
  writeSearchVocabulary(work, records.vocabulary);
  writeShardPlan(work, plan);
  // Closed vacancy pages and empty lists leave the sitemap; each open vacancy's lastmod is its last real change.
  writeSitemapData(work, sitemapData(result.vacancies, result.asOf, emptyListPaths(siteIndex)));
  return plan;
}
