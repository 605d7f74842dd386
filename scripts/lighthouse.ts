// Runs Lighthouse (mobile, simulated slow 4G) on the built site served with public/_headers, prints each page's scores
// and the audits below 1; `--record` writes them into BENCHMARKS.md. Exit 1 when a page is below budget.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteData, workFolder } from '../src/lib/pipeline/workFolder';
import { headersFor, readHeadersFile } from '../tests/browser/headersFile';
import { serveStatic } from '../tests/browser/serveStatic';
import { auditPages, belowBudget, BUDGET, CATEGORIES, type PageScores } from '../tools/lighthouse/audit';
import { auditedPaths } from '../tools/lighthouse/pages';
import { recordScores } from '../tools/lighthouse/record';

const { values: args } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, work: { type: 'string', default: '.build' }, record: { type: 'boolean', default: false } },
});

const site = path.resolve(args.site);
const rules = readHeadersFile(path.resolve('public/_headers'));
const server = await serveStatic(site, (pathname) => headersFor(rules, pathname));
let pages: PageScores[];
try {
  const { paths, skipped } = auditedPaths(site, readSiteData(workFolder(args.work)));
  for (const s of skipped) console.log(`dilewati / skipped: ${s}`);
  pages = await auditPages(paths.map((p) => `${server.url}${p}`));
} finally {
  await server.close();
}
const lighthouseVersion = (JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
console.log(`Lighthouse ${lighthouseVersion}, mobile, simulated slow 4G; budget ${CATEGORIES.map((c) => `${c} ≥ ${BUDGET[c]}`).join(', ')}`);
for (const p of pages) {
  console.log(`${new URL(p.url).pathname}${new URL(p.url).search}  ${CATEGORIES.map((c) => `${c} ${p.scores[c]}`).join('  ')}  (best of ${p.runs}; CPU benchmark ${p.benchmarkIndex})`);
  for (const f of p.failing) console.log(`    ${f}`);
}
if (args.record) recordScores('BENCHMARKS.md', pages, lighthouseVersion);
const below = belowBudget(pages);
for (const line of below) console.error(`di bawah anggaran / below budget: ${line}`);
process.exitCode = below.length ? 1 : 0;
