import fs from 'node:fs';
import path from 'node:path';
import type { SiteData } from '../../src/lib/pipeline/workFolderSchemas';
import { vacancyUrl } from '../../src/lib/site/urls';

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
