// Search benchmark: builds a site of N generated vacancies, serves it counting bytes at the server, and times first searches in Chromium.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import { launchChromium } from '../tests/browser/chromium';
import { SAMPLE_SITE_URL } from '../src/lib/site/siteConfig';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2026-11-28' },
    query: { type: 'string', default: 'perawat' },
    offices: { type: 'string', default: '40' },
    site: { type: 'string' },
    record: { type: 'string', default: 'BENCHMARKS.md' },
    /** Print every file each first search downloaded. */
    detail: { type: 'boolean', default: false },
  },
});
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const kb = (b: number) => `${Math.round(b / 1024).toLocaleString('en')} KB`;

/** Builds the site the way scripts/bench.ts does: generated data, the real build command. */
function buildSite(work: string): string {
  const dataDir = path.join(work, 'data');
  fs.cpSync(path.resolve('data/reference'), path.join(dataDir, 'reference'), { recursive: true });
  const run = (script: string[]) => {
    const r = spawnSync(process.execPath, [tsx, ...script], { stdio: 'inherit', env: { LOKER_SITE_URL: SAMPLE_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (r.status !== 0) throw new Error(`${script[0]} failed`);
  };
  run(['scripts/generate-sample.ts', '--count', args.count, '--seed', args.seed, '--as-of', args['as-of'], '--offices', args.offices, '--out', path.join(dataDir, 'vacancies')]);
  run(['scripts/build.ts', '--data', dataDir, '--out', path.join(work, 'dist'), '--work', path.join(work, 'build'), '--as-of', args['as-of']]);
  return path.join(work, 'dist');
}

/** A loopback static server logging every file it sends: raw bytes, and bytes as a host that gzips text would send them (Pagefind's own files are already compressed). */
async function serve(root: string) {
  let log: { file: string; raw: number; gzip: number }[] = [];
  const gzipped = new Map<string, number>();
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file)) return void res.writeHead(404).end();
    const body = fs.readFileSync(file);
    const text = /\.(html|css|js|json)$/.test(file);
    if (!gzipped.has(file)) gzipped.set(file, text ? zlib.gzipSync(body, { level: 6 }).length : body.length);
    log.push({ file: path.relative(root, file), raw: body.length, gzip: gzipped.get(file)! });
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[path.extname(file)];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take: () => { const taken = log; log = []; return taken; },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

// Page-side code as strings: tsx would wrap functions passed to the page with helpers that do not exist there.
const done = `/ditemukan|Tidak ada lowongan/.test(document.getElementById('search-status')?.textContent ?? '')`;
const nextQuery = `(async () => {
  const t = performance.now();
  document.getElementById('q').value = 'operator';
  document.getElementById('search-status').textContent = '';
  document.getElementById('search-form').requestSubmit();
  await new Promise((resolve) => { const tick = () => (${done} ? resolve() : setTimeout(tick, 5)); tick(); });
  return performance.now() - t;
})()`;

async function main(): Promise<void> {
  const work = args.site ? '' : fs.mkdtempSync(path.join(os.tmpdir(), `loker-bench-search-${args.count}-`));
  const site = args.site ? path.resolve(args.site) : buildSite(work);
  const facets = JSON.parse(fs.readFileSync(path.join(site, 'cari/facets/semua.json'), 'utf8'));
  const provinces = [...facets.options.provinsi].filter((p: { value: string }) => p.value !== 'seluruh-indonesia').sort((a, b) => b.count - a.count);
  const largest = provinces[0];
  const median = provinces[Math.floor(provinces.length / 2)];
  const server = await serve(site);
  const browser = await launchChromium();
  const rows: string[] = [];
  const measure = async (label: string, query: string, budget: number) => {
    // A fresh context: nothing cached, as for a first visit.
    const context = await browser.newContext();
    server.take();
    const page = await context.newPage();
    await page.goto(`${server.url}/cari/`);
    await page.waitForFunction(`document.getElementById('search-status')?.textContent !== ''`);
    const pageBytes = server.take();
    const started = Date.now();
    await page.goto(`${server.url}/cari/${query}`);
    await page.waitForFunction(done, undefined, { polling: 10, timeout: 60_000 });
    const firstMs = Date.now() - started;
    const sent = server.take();
    // A second query in the same page: the index is loaded, so this is the time from query to results.
    const again = (await page.evaluate(nextQuery)) as number;
    const status = await page.locator('#search-status').textContent();
    const sum = (list: typeof sent, key: 'raw' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
    const index = sent.filter((f) => f.file.startsWith('pagefind/'));
    rows.push(`| ${label} | \`${query}\` | ${kb(sum(sent, 'gzip'))} (${kb(sum(sent, 'raw'))} raw) | ${kb(sum(index, 'gzip'))} in ${index.length} files | ${kb(sum(pageBytes, 'gzip'))} | ${firstMs} ms | ${Math.round(again)} ms | ${kb(budget * 1024)} | ${status} |`);
    console.log(rows.at(-1));
    if (args.detail) for (const f of sent) console.log(`  ${f.file}\t${f.gzip}\t${f.raw}`);
    await context.close();
  };
  await measure('nationwide (most relevant, newest shard first: the default with words)', `?q=${args.query}`, 600);
  await measure('nationwide, page 3', `?q=${args.query}&hal=3`, 600);
  await measure('nationwide, newest first', `?q=${args.query}&urut=terbaru`, 600);
  await measure('nationwide, closing soonest (every shard)', `?q=${args.query}&urut=tutup`, 600);
  // The worst case of the newest-first walk: no page is ever filled, so every shard of the country is searched.
  await measure('nationwide, a word no vacancy has (every shard)', '?q=astronot', 600);
  await measure(`scoped: largest province (${largest.label}, ${largest.count})`, `?q=${args.query}&provinsi=${largest.value}`, 250);
  await measure(`scoped: largest province, highest pay first`, `?q=${args.query}&provinsi=${largest.value}&urut=gaji`, 250);
  await measure(`scoped: median province (${median.label}, ${median.count})`, `?q=${args.query}&provinsi=${median.value}`, 250);
  await browser.close();
  await server.close();
  const lines = [
    '', `### Search, ${args.count} vacancies — ${new Date().toISOString().slice(0, 10)}`, '',
    `Command: \`npm run bench:search -- --count ${args.count} --offices ${args.offices}\`. ${facets.total.toLocaleString('en')} open vacancies indexed, ${provinces.length} provinces with vacancies. Fresh browser context per row; the search page is loaded first (its own bytes in "page"), then the search URL is opened; bytes counted at the server. "gzip" counts HTML/CSS/JS/JSON as a host that compresses text sends them (Pagefind's index files are already compressed, counted as they are).`, '',
    '| search | query | first search, all bytes (gzip) | of which Pagefind (gzip) | search page before it (gzip) | URL to results | next query to results | budget | status after the next query |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
  fs.appendFileSync(args.record, `${lines.join('\n')}\n`);
  if (work) fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
