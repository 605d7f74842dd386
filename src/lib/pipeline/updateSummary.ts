import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { historyFiles } from './history';
import type { WorkFolder } from './workFolder';

/** The part of the validation report (src/lib/report/writeReport.ts) the summary reads. */
const reportSchema = z.object({
  asOf: z.string(),
  totals: z.object({ read: z.number(), accepted: z.number(), duplicates: z.number(), rejected: z.number(), open: z.number() }),
  issues: z.array(z.object({ severity: z.string(), file: z.string(), line: z.number().optional(), field: z.string().optional(), message: z.string() })),
});

/** The part of a change file (src/lib/history/changes.ts) the summary reads. */
const changesSchema = z.object({
  counts: z.object({ added: z.number(), updated: z.number(), closed: z.number(), withdrawn: z.number() }),
  changes: z.array(z.object({ change: z.string(), slug: z.string(), closed_reason: z.string() })),
});

/** How many examples of each kind of change, and how many rejected rows, the summary names before "and N more". */
const SHOWN = 5;
const SHOWN_REJECTED = 20;

const KINDS = [
  ['added', 'Baru / new'], ['updated', 'Berubah / changed'], ['closed', 'Ditutup / closed'], ['withdrawn', 'Ditarik / withdrawn (tidak ada lagi di ekspor / no longer in any export)'],
] as const;

function readJson<T>(file: string, schema: z.ZodType<T>): T | undefined {
  try {
    return schema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** `a, b, c (+4 lagi / more)`. */
function examples(names: readonly string[], shown = SHOWN): string {
  const more = names.length > shown ? ` (+${names.length - shown} lagi / more)` : '';
  return names.slice(0, shown).join(', ') + more;
}

/**
 * What an update did, for the publisher, from the work folder of a build that read the data after `since` (epoch ms):
 * the balance of rows, the vacancies new, changed, closed and withdrawn at this publication (the ledger's change file),
 * and each rejected row with its reason (the validation report). Empty when the build stopped before reading the data.
 */
export function updateSummary(work: WorkFolder, since: number): string[] {
  const reportFile = path.join(work.report, 'validation-report.json');
  if (!fs.existsSync(reportFile) || fs.statSync(reportFile).mtimeMs < since) return [];
  const report = readJson(reportFile, reportSchema);
  if (!report) return [];
  const t = report.totals;
  const out = [
    '', `RINGKASAN PEMBARUAN / UPDATE SUMMARY — data per ${report.asOf}`,
    `Baris / rows: ${t.read} dibaca / read = ${t.accepted} diterbitkan / published + ${t.duplicates} ganda / duplicates + ${t.rejected} ditolak / rejected; ${t.open} lowongan dibuka / open`,
  ];
  const changeFile = path.join(historyFiles(work.history).changes, `${report.asOf}.json`);
  const changes = fs.existsSync(changeFile) && fs.statSync(changeFile).mtimeMs >= since ? readJson(changeFile, changesSchema) : undefined;
  if (changes) {
    const total = Object.values(changes.counts).reduce((a, b) => a + b, 0);
    if (total === 0) out.push('Tidak ada lowongan baru, berubah, ditutup atau ditarik / no vacancy new, changed, closed or withdrawn');
    for (const [kind, label] of KINDS) {
      const of = changes.changes.filter((c) => c.change === kind);
      if (of.length > 0) out.push(`${label}: ${of.length} — ${examples(of.map((c) => (c.closed_reason && kind === 'closed' ? `${c.slug} (${c.closed_reason})` : c.slug)))}`);
    }
  }
  const rejected = report.issues.filter((i) => i.severity === 'error');
  if (t.rejected > 0 || rejected.length > 0) out.push(`Ditolak / rejected: ${t.rejected} baris / rows; alasan / reasons (semua di / all in ${path.join(work.report, 'validation-report.txt')}):`);
  for (const issue of rejected.slice(0, SHOWN_REJECTED)) {
    const where = [issue.file, issue.line === undefined ? '' : `baris ${issue.line}`, issue.field ? `kolom ${issue.field}` : ''].filter(Boolean).join(', ');
    out.push(`  ${where}: ${issue.message}`);
  }
  if (rejected.length > SHOWN_REJECTED) out.push(`  … +${rejected.length - SHOWN_REJECTED} lagi / more`);
  return out;
}
