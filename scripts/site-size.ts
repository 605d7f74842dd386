// Output size of a built site by part (vacancy pages, lists, search index, open data…): files, bytes, and the bytes of a
// tar of it (GitHub Pages' artifact), to compare with hosts' limits (README "Output size and which host fits").
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const root = fs.realpathSync(path.resolve(args.dir));

/** The part of the site a file belongs to, by its address. */
function partOf(rel: string): string {
  const [first = '', second = '', third = ''] = rel.split('/');
  if (first === 'lowongan') return /^(\d+|ikuti)$/.test(second) || !third ? '/lowongan/ (list pages, feed)' : 'vacancy pages /lowongan/<slug>/';
  if (first === 'pagefind') return third === 'fragment' ? 'Pagefind fragments' : 'Pagefind index, filters, scripts';
  if (['jabatan', 'wilayah', 'luar-negeri', 'data', 'og', 'statistik', 'cari', '_astro'].includes(first) && second) return `/${first}/`;
  return 'other pages and files';
}

const parts = new Map<string, { files: number; bytes: number }>();
/** Fragment file names per Pagefind shard: the same name (a content hash) in two shards is the same bytes twice. */
const fragments = new Map<string, number>();
let duplicateFragments = 0;
let duplicateBytes = 0;
let tarBytes = 1024;
for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath, entry.name);
  const rel = path.relative(root, file).split(path.sep).join('/');
  // A tar entry: a 512-byte header, the content padded to 512 bytes.
  if (entry.isDirectory()) { tarBytes += 512; continue; }
  if (!entry.isFile()) continue;
  const size = fs.statSync(file).size;
  tarBytes += 512 + Math.ceil(size / 512) * 512;
  const part = partOf(rel);
  const sum = parts.get(part) ?? parts.set(part, { files: 0, bytes: 0 }).get(part)!;
  sum.files += 1;
  sum.bytes += size;
  if (part === 'Pagefind fragments') {
    const seen = fragments.get(entry.name) ?? 0;
    if (seen > 0) { duplicateFragments += 1; duplicateBytes += size; }
    fragments.set(entry.name, seen + 1);
  }
}
const mb = (bytes: number) => (bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const total = [...parts.values()].reduce((t, p) => ({ files: t.files + p.files, bytes: t.bytes + p.bytes }), { files: 0, bytes: 0 });
console.log(`Site ${args.dir} (MB = 10⁶ bytes)\n\n| part | files | MB | bytes per file |\n| --- | ---: | ---: | ---: |`);
for (const [part, p] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`| ${part} | ${p.files.toLocaleString('en-US')} | ${mb(p.bytes)} | ${Math.round(p.bytes / p.files).toLocaleString('en-US')} |`);
console.log(`| **whole site** | **${total.files.toLocaleString('en-US')}** | **${mb(total.bytes)}** | |`);
console.log(`\nPagefind fragments that are a byte-identical copy of one in another shard: ${duplicateFragments.toLocaleString('en-US')} files, ${mb(duplicateBytes)} MB.`);
console.log(`A tar of the site (headers and 512-byte blocks): ${mb(tarBytes)} MB.`);
