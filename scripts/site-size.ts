// Output size of a built site by part (vacancy pages, lists, search index, open data…): files, bytes, and the bytes of a
// tar of it (GitHub Pages' artifact), to compare with hosts' limits (README "Output size and which host fits").
// `--artifact` also makes that tar as actions/upload-pages-artifact does and compresses it as actions/upload-artifact
// uploads it (deflate, level 6), printing the size deploy-pages checks against its 1 GB; `--artifact-limit <bytes>`
// (default GitHub's 1 GiB) makes it exit 1 when that size is over, for the deploy workflow.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const { values: args } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, artifact: { type: 'boolean', default: false }, 'artifact-limit': { type: 'string', default: String(2 ** 30) } } });
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

if (args.artifact) {
  const { tar, compressed, seconds } = await uploadedArtifact(root);
  console.log(`The Pages artifact as GitHub Actions uploads it: tar ${mb(tar)} MB (\`tar --dereference --hard-dereference\`, as upload-pages-artifact), compressed ${mb(compressed)} MB (deflate level 6, as upload-artifact; ${seconds.toFixed(0)} s).`);
  const limit = Number(args['artifact-limit']);
  if (compressed > limit) {
    console.error(`Artefak Pages terlalu besar / the Pages artifact is too big: ${mb(compressed)} MB > ${mb(limit)} MB, the size actions/deploy-pages checks. Publish to object storage behind a CDN instead (README "Output size and which host fits").`);
    process.exitCode = 1;
  }
}

/** Streams a GNU tar of `dir` (hard links written out in full, as upload-pages-artifact does) through deflate level 6 and counts both sizes. */
async function uploadedArtifact(dir: string): Promise<{ tar: number; compressed: number; seconds: number }> {
  const started = performance.now();
  const child = spawn('tar', ['--dereference', '--hard-dereference', '--directory', dir, '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const deflate = zlib.createDeflateRaw({ level: 6 });
  let tar = 0;
  let compressed = 0;
  child.stdout.on('data', (chunk: Buffer) => { tar += chunk.length; });
  deflate.on('data', (chunk: Buffer) => { compressed += chunk.length; });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const ended = new Promise<void>((resolve, reject) => { deflate.on('end', resolve); deflate.on('error', reject); });
  child.stdout.pipe(deflate);
  const [code] = await Promise.all([exited, ended]);
  if (code !== 0) throw new Error(`tar exited with ${code}`);
  return { tar, compressed, seconds: (performance.now() - started) / 1000 };
}
