// Ingest benchmark: times title inference (synthetic and over the real exports) and hostile input, as a Markdown section for BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { timeExportInference, timeHostileCells, timeHostileIngest, timeTitleGuesses, type Timing } from '../tools/bench/measureIngest';

const { values: args } = parseArgs({
  options: {
    titles: { type: 'string', default: '10000' },
    rows: { type: 'string', default: '2000' },
    realdata: { type: 'string', default: path.resolve('..', 'shared', 'realdata') },
    /** Append the section to this file; without it the section is only printed. */
    record: { type: 'string' },
  },
});

const timings: Timing[] = [];
// 1. Title inference on a fixed mixed list, then over every distinct title of the real exports (when present).
timings.push(timeTitleGuesses(Number(args.titles)));
if (fs.existsSync(args.realdata)) timings.push(timeExportInference(args.realdata));
else console.warn(`Skipping the real exports: ${args.realdata} is absent.`);
// 2. Hostile input: the count cells alone, then a whole office file of them through the ingest.
timings.push(timeHostileCells());
timings.push(timeHostileIngest(Number(args.rows), path.resolve('data')));
// 3. Print the section and record it when asked.
const lines = [
  '', `### Ingest — ${new Date().toISOString().slice(0, 10)}`, '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}. Command: \`npm run bench:ingest -- --titles ${args.titles} --rows ${args.rows}\`.`, '',
  '| step | wall | note |', '| --- | ---: | --- |',
  ...timings.map((t) => `| ${t.label} | ${t.ms.toFixed(1)} ms | ${t.detail} |`),
];
console.log(lines.join('\n'));
if (args.record) fs.appendFileSync(args.record, `${lines.join('\n')}\n`);
