// Validates data/ without building: prints where every row went and writes the validation report.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/lib/ingest/ingest';
import { todayInJakarta } from '../src/lib/parse/parseDate';
import { formatBalance } from '../src/lib/report/formatReport';
import { writeReport } from '../src/lib/report/writeReport';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    report: { type: 'string', default: '.build/report' },
    'as-of': { type: 'string', default: process.env.LOKER_AS_OF },
    strict: { type: 'boolean', default: false },
  },
});

// 1. Read, validate, resolve and de-duplicate every office's rows.
const result = ingest({ dataDir: path.resolve(args.data), asOf: args['as-of'] ?? todayInJakarta() });
// 2. Print the balance and write the report.
for (const line of formatBalance(result)) console.log(line);
console.log(`Laporan validasi / validation report: ${writeReport(result, path.resolve(args.report)).join(', ')}`);
// 3. In strict mode, rejected rows make the command fail.
if (args.strict && result.sources.some((s) => s.rejected > 0)) process.exitCode = 1;
