// Relevance benchmark: runs the judged queries (tools/bench/relevanceQueries.ts) on /cari/ of a built site in Chromium
// and prints P@10 and recall per query and per category. Build the sample site first (npm run build).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteData, workFolder } from '../src/lib/pipeline/workFolder';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/serveStatic';
import { isRelevant, scoreQuery, summarize, type Observed } from '../tools/bench/relevance';
import { RELEVANCE_QUERIES } from '../tools/bench/relevanceQueries';
import { observeQuery } from '../tools/bench/observeSearch';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    work: { type: 'string', default: '.build' },
    /** Print every query's line, not only the summary. */
    queries: { type: 'boolean', default: true },
  },
});

const data = readSiteData(workFolder(args.work));
const server = await serveStatic(path.resolve(args.site));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const scores = [];
  for (const query of RELEVANCE_QUERIES) {
    const relevant = new Set(data.vacancies.filter((v) => isRelevant(v, query.relevant)).map((v) => `/lowongan/${v.slug}/`));
    const observed: Observed = await observeQuery(page, server.url, query.q, query.urut);
    scores.push(scoreQuery(query, relevant, observed));
  }
  const pct = (x: number) => x.toFixed(2);
  if (args.queries) {
    console.log('| query | category | searched | relevant | results | P@10 | recall | precision |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of scores) console.log(`| ${s.q} | ${s.category} | ${s.searched} | ${s.relevant} | ${s.results} | ${pct(s.precisionAt10)} | ${pct(s.recall)} | ${pct(s.precision)} |`);
    console.log();
  }
  console.log('| category | queries | mean P@10 | mean recall | mean precision (all results) | zero results with relevant |\n| --- | --- | --- | --- | --- | --- |');
  for (const c of summarize(scores)) console.log(`| ${c.category} | ${c.queries} | ${pct(c.precisionAt10)} | ${pct(c.recall)} | ${pct(c.precision)} | ${c.zero} |`);
} finally {
  await browser.close();
  await server.close();
}
