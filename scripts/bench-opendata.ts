// Open-data benchmark: times the open-data stage on a data folder and reports its bytes, heap and the Parquet/CSV ratio, as a Markdown section for BENCHMARKS.md.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/lib/ingest/ingest';
import { writeOpenData } from '../src/lib/opendata/writeOpenData';
import { workFolder } from '../src/lib/pipeline/workFolder';
import { loadReferences } from '../src/lib/reference/loadReferences';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: 'data' }, 'as-of': { type: 'string', default: '2026-12-01' }, work: { type: 'string', default: '.build/bench-opendata' } } });

// 1. Ingest once (not timed: it is the prepare stage's, measured by npm run bench), then time the open-data stage alone.
const references = loadReferences(path.resolve(args.data));
const result = ingest({ dataDir: path.resolve(args.data), asOf: args['as-of'], references });
const heapBefore = process.memoryUsage().heapUsed;
// The process's peak resident memory (KB) so far, after the ingest: what the stage adds is the peak's growth.
const rssBefore = process.resourceUsage().maxRSS;
const started = performance.now();
const manifest = writeOpenData({ result, references, work: workFolder(args.work) });
const ms = performance.now() - started;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
const peakAddedMb = (process.resourceUsage().maxRSS - rssBefore) / 1024;
// 2. Print the section.
const bytes = (name: string) => manifest.files.find((f) => f.path === name)?.bytes ?? 0;
const total = manifest.files.reduce((n, f) => n + f.bytes, 0);
console.log([
  '', `### Open data — ${new Date().toISOString().slice(0, 10)}`, '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}. Command: \`npm run bench:opendata -- --data ${args.data}\`.`, '',
  `| vacancies | stage wall | heap growth | peak memory added | files | bytes | Parquet / CSV (open) |`, '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ${manifest.counts.all} | ${ms.toFixed(0)} ms | ${heapMb.toFixed(0)} MB | ${peakAddedMb.toFixed(0)} MB | ${manifest.files.length + 1} | ${total} | ${(bytes('lowongan-buka.parquet') / bytes('lowongan-buka.csv')).toFixed(3)} |`,
].join('\n'));
