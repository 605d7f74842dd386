// Gates benchmark: runs each publication gate of src/lib/gates/ on a built site and its work folder, as the build does
// (checkSite's bounded sample), and prints wall time and resident memory after each, and the process's peak, for BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_SAMPLE } from '../src/lib/gates/checkSite';
import { checkSearchCoverage, checkSitemapCoverage, checkVacancyPages } from '../src/lib/gates/coverage';
import { checkHtml } from '../src/lib/gates/htmlValidity';
import { checkLinks } from '../src/lib/gates/links';
import { pagesPerTemplate, sitePages } from '../src/lib/gates/sitePages';
import { checkSitemaps, SITEMAP_INDEX } from '../src/lib/gates/sitemaps';
import { checkPrintedStructuredData } from '../src/lib/gates/structuredData';
import { readShardPlan, readSiteData, workFolder } from '../src/lib/pipeline/workFolder';
import { vacancyUrl } from '../src/lib/site/urls';

const { values: args } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, work: { type: 'string', default: '.build' } } });
const siteDir = fs.realpathSync(path.resolve(args.site));
const work = workFolder(args.work);
// The site's address as its sitemap index names it (the gates compare origins).
const siteUrl = new URL(/<loc>([^<]+)<\/loc>/.exec(fs.readFileSync(path.join(siteDir, SITEMAP_INDEX), 'utf8'))![1]).origin;

const rows: string[] = [];
let problems = 0;
const started = performance.now();
/** Runs one step, counts its problems and records its wall time and the resident memory after it. */
async function step<T>(name: string, run: () => T | Promise<T>, count: (x: T) => number = () => 0): Promise<T> {
  const t0 = performance.now();
  const value = await run();
  problems += count(value);
  rows.push(`| ${name} | ${((performance.now() - t0) / 1000).toFixed(1)} s | ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB |`);
  return value;
}
const n = (x: readonly unknown[]) => x.length;

// The same steps as inspectSite (src/lib/gates/checkSite.ts), one timed line each.
const data = await step('read the site data (site-data.json)', () => readSiteData(work));
const pages = await step('list the site\'s HTML pages', () => sitePages(siteDir));
const linkPages = pagesPerTemplate(pages, BUILD_SAMPLE.links);
const htmlPages = pagesPerTemplate(pages, BUILD_SAMPLE.html);
const openPages = new Set(data.vacancies.filter((v) => v.is_open).map(vacancyUrl));
const sitemaps = await step('sitemaps against the XSD', () => checkSitemaps(siteDir, siteUrl), (s) => s.problems.length);
await step('one page per vacancy', () => checkVacancyPages(siteDir, data), n);
await step('open vacancies in the search index', () => checkSearchCoverage(siteDir, data, readShardPlan(work), work.searchRecords), n);
await step('open vacancies in the sitemap', () => checkSitemapCoverage(data, sitemaps.urls, siteUrl), n);
await step(`links and anchors (${linkPages.length} pages)`, () => checkLinks(siteDir, linkPages, siteUrl), n);
await step(`printed JSON-LD (${linkPages.length} pages)`, () => checkPrintedStructuredData(linkPages, openPages), n);
await step(`html-validate (${htmlPages.length} pages)`, () => checkHtml(htmlPages), n);

const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
console.log([
  '', `### Publication gates — ${new Date().toISOString().slice(0, 10)}`, '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, load ${load}. Command: \`npm run bench:gates -- --site ${args.site} --work ${args.work}\`.`,
  `${pages.length} HTML pages, ${data.vacancies.length} vacancies, ${sitemaps.urls.size} sitemap addresses; ${problems} problems.`, '',
  '| step | wall | resident memory after |', '| --- | ---: | ---: |', ...rows,
  `| **all gates** | **${((performance.now() - started) / 1000).toFixed(1)} s** | peak **${(process.resourceUsage().maxRSS * 1024 / 1e6).toFixed(0)} MB** |`,
].join('\n'));
