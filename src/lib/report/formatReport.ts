import type { IngestResult } from '../ingest/ingest';
import { lineRanges } from './lineRanges';
import { renderIssue, type RenderedIssue } from './renderIssue';

export { lineRanges };

/** One line per office: `read = accepted + duplicates + rejected`, the balance every build prints; the vacancies rejected beside the rows when they differ (one vacancy in many snapshots). */
export function formatBalance(result: IngestResult): string[] {
  const vacancies = (s: { rejected: number; rejectedVacancies: number }) => (s.rejectedVacancies !== s.rejected ? ` (${s.rejectedVacancies} lowongan)` : '');
  const guessed = (s: { inferred: Record<string, number> }) => (s.inferred.occupation_code ? `; ${s.inferred.occupation_code} jabatan ditebak dari judul` : '');
  const lines = result.sources.map((s) => `${s.source}: ${s.read} dibaca = ${s.accepted} diterbitkan + ${s.duplicates} ganda + ${s.rejected} ditolak${vacancies(s)} (${s.open} dibuka${guessed(s)})`);
  const t = totals(result);
  lines.push(`TOTAL: ${t.read} dibaca = ${t.accepted} diterbitkan + ${t.duplicates} ganda + ${t.rejected} ditolak (${t.open} dibuka)`);
  return lines;
}

/** Sums of the per-office balances. */
export function totals(result: IngestResult) {
  const sum = (k: 'read' | 'accepted' | 'duplicates' | 'rejected' | 'open') => result.sources.reduce((n, s) => n + s[k], 0);
  return { read: sum('read'), accepted: sum('accepted'), duplicates: sum('duplicates'), rejected: sum('rejected'), open: sum('open') };
}

/**
 * The validation report for people: balance per office, then every problem grouped by file, with line, field and what
 * to do. The same rule broken on many rows of a file (a missing column, one date style throughout) is one entry listing
 * its lines (`baris 2–5000, 5002`) with the first row's message as its example and every distinct value it met with
 * its count, most frequent first, so an officer reads the cause once; the JSON report keeps one issue per row.
 */
export function formatReport(result: IngestResult): string {
  const out = [`LAPORAN VALIDASI LOKER TERBUKA — data per ${result.asOf}`, '', ...formatBalance(result), ''];
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  out.push(`${errors} kesalahan (baris ditolak / rows rejected), ${result.issues.length - errors} peringatan (warnings).`, '');
  const byFile = new Map<string, RenderedIssue[]>();
  for (const issue of result.issues.map(renderIssue)) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  for (const [file, issues] of byFile) {
    out.push(`== ${file}`);
    const groups = new Map<string, { severity: string; field?: string; message: string; lines: number[]; records: number[]; spans: boolean; same: boolean; values: Map<string, number> }>();
    for (const i of [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      // One rule broken on many rows is one entry, whatever each cell said; the first row's message is its example.
      const key = JSON.stringify([i.severity, i.type, i.field ?? '', i.line === undefined]);
      const group = groups.get(key) ?? { severity: i.severity, field: i.field, message: i.message, lines: [], records: [], spans: false, same: true, values: new Map<string, number>() };
      if (i.line !== undefined && group.lines.at(-1) !== i.line) {
        group.lines.push(i.line);
        group.records.push(i.record ?? i.line);
        if (i.record !== undefined) group.spans = true;
      }
      if (i.value !== undefined) group.values.set(i.value, (group.values.get(i.value) ?? 0) + 1);
      if (i.message !== group.message) group.same = false;
      groups.set(key, group);
    }
    for (const g of groups.values()) {
      // After a quoted cell spanning lines, the spreadsheet's row number is not the line: both are given.
      const sheet = g.spans ? ` (baris spreadsheet ${lineRanges(g.records)})` : '';
      const rows = g.lines.length > 1 ? `baris ${lineRanges(g.lines)} (${g.lines.length} baris)${sheet}` : g.lines.length ? `baris ${g.lines[0]}${sheet}` : 'berkas';
      const where = [rows, g.field ? `kolom ${g.field}` : ''].filter(Boolean).join(', ');
      const example = g.same ? '' : ` (Contoh dari baris ${g.lines[0]}; baris lain melanggar aturan yang sama dengan nilainya sendiri, lihat laporan JSON.)`;
      out.push(`  [${g.severity === 'error' ? 'DITOLAK' : 'catatan'}] ${where}: ${g.message}${example}`);
      if (!g.same && g.values.size > 1) out.push(`    ${valueCounts(g.values)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

const LISTED_VALUES = 200;

/** Every distinct value a rule met, most frequent first, with its count (`"Central Jakarta" ×717`); past 200 the rest are counted, the JSON report has them. */
export function valueCounts(values: ReadonlyMap<string, number>): string {
  const sorted = [...values].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const listed = sorted.slice(0, LISTED_VALUES).map(([v, n]) => `"${v.length > 80 ? `${v.slice(0, 80)}…` : v}" ×${n}`);
  const rest = sorted.length > LISTED_VALUES ? `, dan ${sorted.length - LISTED_VALUES} nilai lain (lihat laporan JSON)` : '';
  return `Nilai (${sorted.length} berbeda, terbanyak dulu): ${listed.join(', ')}${rest}`;
}
