// Page weight of a built site: gzipped HTML + CSS per page type (median, max) as a Markdown table for BENCHMARKS.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureSite, summariseWeights } from '../tools/bench/pageWeight';

const { values: args } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Measure every page of the built site, with the stylesheets it links.
const weights = measureSite(path.resolve(args.dir));
// 2. Summarise per page type and print the table.
console.log(`| page type | pages | median | max | largest page | scripts |\n| --- | ---: | ---: | ---: | --- | ---: |`);
for (const s of summariseWeights(weights)) console.log(`| ${s.type} | ${s.pages} | ${kb(s.median)} | ${kb(s.max)} | \`${s.largest}\` | ${s.scripts} |`);
