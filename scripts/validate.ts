// Validates data/: prints where every row went, writes the validation report and, for the build, the site data.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchRecords } from '../src/lib/search/build/writeSearchRecords';
import { writeSiteData } from '../src/lib/build/writeSiteData';
import { ingest } from '../src/lib/ingest/ingest';
import { parseDate, todayInJakarta } from '../src/lib/parse/parseDate';
import { loadRegions } from '../src/lib/reference/regions';
import { formatBalance } from '../src/lib/report/formatReport';
import { writeReport } from '../src/lib/report/writeReport';
import { assignShards, DEFAULT_PARTITION_PAGES } from '../src/lib/search/searchShards';
import { checkOpenVacancies, jobPostingContext } from '../src/lib/seo/checkOpenVacancies';
import { emptyListPaths } from '../src/lib/site/emptyLists';
import { groupVacancies } from '../src/lib/site/groupVacancies';
import { sitemapData } from '../src/lib/sitemap/sitemapData';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    report: { type: 'string', default: '.build/report' },
    'site-data': { type: 'string' },
    'as-of': { type: 'string', default: process.env.LOKER_AS_OF },
    strict: { type: 'boolean', default: false },
    'search-partition-pages': { type: 'string', default: String(DEFAULT_PARTITION_PAGES) },
    /** The published site (the build's output folder): its vacancy pages keep their addresses. */
    published: { type: 'string' },
  },
});
const asOf = args['as-of'] ?? todayInJakarta();
if (parseDate(asOf) !== asOf) throw new Error(`--as-of harus tanggal YYYY-MM-DD / must be a YYYY-MM-DD date: ${asOf}`);
const dataDir = path.resolve(args.data);

// 1. Read, validate, resolve and de-duplicate every office's rows.
// The published vacancy pages: the output folder's, or those a killed build left under `<out>.old` (the build puts them back).
const publishedDir = args.published
  ? [path.resolve(args.published), `${path.resolve(args.published)}.old`].map((d) => path.join(d, 'lowongan')).find((d) => fs.existsSync(d))
  : undefined;
const published = new Set(publishedDir ? fs.readdirSync(publishedDir) : []);
if (args.published) console.log(`Halaman lowongan yang sudah terbit / published vacancy pages: ${published.size}${publishedDir ? ` (${path.relative(process.cwd(), publishedDir) || publishedDir})` : ''}`);
const result = ingest({ dataDir, asOf, published });
// 2. Print the balance and write the report.
for (const line of formatBalance(result)) console.log(line);
console.log(`Laporan validasi / validation report: ${writeReport(result, path.resolve(args.report)).join(', ')}`);
const rejected = result.sources.reduce((n, s) => n + s.rejected, 0);
if (args.strict && rejected > 0) {
  // 3. In strict mode, rejected rows make the command fail and nothing is handed on.
  console.error(`--strict: ${rejected} baris ditolak; situs tidak diperbarui. / ${rejected} rows rejected; site not updated.`);
  process.exitCode = 1;
} else if (args['site-data']) {
  // 4. For the build: the data the pages render, which open vacancy goes to which search shard, and its search record.
  const siteDataFile = path.resolve(args['site-data']);
  const siteData = writeSiteData(result, dataDir, siteDataFile);
  const plan = assignShards(result.vacancies, Number(args['search-partition-pages']));
  // Each open vacancy's search record, generated from the data, for Pagefind to index while Astro renders the pages.
  const siteIndex = groupVacancies(siteData);
  const records = path.join(path.dirname(siteDataFile), 'search-records');
  plan.build = writeSearchRecords(records, siteIndex, plan).build;
  fs.writeFileSync(path.join(path.dirname(siteDataFile), 'search-shards.json'), JSON.stringify(plan));
  // 5. For the sitemap (read by astro.config.mjs): closed vacancy pages and empty lists to leave out, each open vacancy's lastmod.
  fs.writeFileSync(path.join(path.dirname(siteDataFile), 'sitemap-data.json'), JSON.stringify(sitemapData(result.vacancies, result.asOf, emptyListPaths(siteIndex))));
}

if (args['site-data']) {
  // 6. Structured data: an open vacancy whose JobPosting JSON-LD breaks a Google required rule stops the build.
  const problems = checkOpenVacancies(result.vacancies, jobPostingContext(loadRegions(dataDir), result.sources));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
}
