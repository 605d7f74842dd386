import fs from 'node:fs';
import path from 'node:path';
import type { SiteData } from '../../src/lib/pipeline/workFolderSchemas';
import { vacancyUrl } from '../../src/lib/site/urls';

/** A page known to be below budget for now: the category, the audit that costs it, and whose work fixes it. The budget itself is not lowered. */
export interface KnownShortfall {
  category: 'performance' | 'accessibility' | 'best-practices' | 'seo';
  audit: string;
  owner: string;
}

/** Pages known to be below budget (by path and query), each with the audit it fails and who fixes it, until the fix lands (none now: /cari/ no longer shifts its layout). */
export const KNOWN_BELOW_BUDGET: Readonly<Record<string, KnownShortfall>> = {
};

/** The statistics page, being built in issue 12: audited once it exists. */
const STATISTICS = '/statistik/';

/** The pages Lighthouse is run on: home, an open vacancy, a province list, a search, the open data and the statistics. Returns them and the ones skipped, with why. */
export function auditedPaths(siteDir: string, data: SiteData): { paths: string[]; skipped: string[] } {
  const open = data.vacancies.find((v) => v.is_open);
  if (!open) throw new Error('the site has no open vacancy to audit');
  const paths = ['/', vacancyUrl(open), '/wilayah/jawa-barat/', '/cari/?q=perawat', '/data/'];
  const skipped: string[] = [];
  if (fs.existsSync(path.join(siteDir, STATISTICS, 'index.html'))) paths.push(STATISTICS);
  else skipped.push(`${STATISTICS} (belum ada di situs / not built yet: issue 12)`);
  return { paths, skipped };
}
