// Statistics benchmark: times the statistics stage alone on a data folder (the prepare-stage part that writes stats.json,
// then what the Astro process adds: the charts of /statistik/ and the block of every province and occupation list), as a Markdown section for BENCHMARKS.md.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/lib/ingest/ingest';
import { readStatsData, workFolder } from '../src/lib/pipeline/workFolder';
import { loadReferences } from '../src/lib/reference/loadReferences';
import { statsBlock } from '../src/lib/stats/statsBlock';
import { statsSections } from '../src/lib/stats/statsPage';
import { writeStats } from '../src/lib/stats/writeStats';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: 'data' }, 'as-of': { type: 'string', default: '2026-12-01' }, work: { type: 'string', default: '.build/bench-stats' } } });

// 1. Ingest once (not timed: it is the prepare stage's, measured by npm run bench).
const dataDir = path.resolve(args.data);
const references = loadReferences(dataDir);
const result = ingest({ dataDir, asOf: args['as-of'], references });
const work = workFolder(args.work);
const time = (run: () => unknown) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
// 2. The prepare stage's part: compute and write stats.json.
const stage = time(() => writeStats({ result, references, dataDir, work }));
// 3. The Astro process's part: read stats.json, draw every chart, and the block of every province and occupation list.
let svgBytes = 0;
const charts = time(() => {
  for (const section of statsSections(readStatsData(work))) svgBytes += section.draw().join('').length;
});
const open = result.vacancies.filter((v) => v.is_open);
const lists = [
  ...Map.groupBy(open, (v) => v.province_code ?? v.region_scope).values().map((vacancies) => ({ params: { province: 'p' }, vacancies })),
  ...Map.groupBy(open.flatMap((v) => [1, 2, 3, 4].map((n) => [v.occupation_unit.slice(0, n), v] as const)), ([code]) => code).values()
    .map((pairs) => ({ params: { group: 'g' }, vacancies: pairs.map(([, v]) => v) })),
];
const blocks = time(() => lists.forEach(statsBlock));
console.log([
  '', `### Statistics — ${new Date().toISOString().slice(0, 10)}`, '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}. Command: \`npm run bench:stats -- --data ${args.data}\`.`, '',
  '| vacancies (open) | stats.json (prepare) | charts of /statistik/ | blocks of the lists | lists | total |', '| ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ${result.vacancies.length} (${open.length}) | ${stage.toFixed(0)} ms | ${charts.toFixed(0)} ms (${svgBytes} bytes of SVG) | ${blocks.toFixed(0)} ms | ${lists.length} | ${(stage + charts + blocks).toFixed(0)} ms |`,
].join('\n'));
