import type { IngestResult } from '../ingest/ingest';

/** One line per office: `read = accepted + duplicates + rejected`, the balance every build prints. */
export function formatBalance(result: IngestResult): string[] {
  const lines = result.sources.map((s) => `${s.source}: ${s.read} dibaca = ${s.accepted} diterbitkan + ${s.duplicates} ganda + ${s.rejected} ditolak (${s.open} dibuka)`);
  const t = totals(result);
  lines.push(`TOTAL: ${t.read} dibaca = ${t.accepted} diterbitkan + ${t.duplicates} ganda + ${t.rejected} ditolak (${t.open} dibuka)`);
  return lines;
}

/** Sums of the per-office balances. */
export function totals(result: IngestResult) {
  const sum = (k: 'read' | 'accepted' | 'duplicates' | 'rejected' | 'open') => result.sources.reduce((n, s) => n + s[k], 0);
  return { read: sum('read'), accepted: sum('accepted'), duplicates: sum('duplicates'), rejected: sum('rejected'), open: sum('open') };
}

/** The validation report for people: balance per office, then every problem grouped by file, with line, field, value and what to do. */
export function formatReport(result: IngestResult): string {
  const out = [`LAPORAN VALIDASI LOKER TERBUKA — data per ${result.asOf}`, '', ...formatBalance(result), ''];
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  out.push(`${errors} kesalahan (baris ditolak / rows rejected), ${result.issues.length - errors} peringatan (warnings).`, '');
  const byFile = new Map<string, typeof result.issues>();
  for (const issue of result.issues) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  for (const [file, issues] of byFile) {
    out.push(`== ${file}`);
    for (const i of issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const where = [i.line ? `baris ${i.line}` : 'berkas', i.field ? `kolom ${i.field}` : ''].filter(Boolean).join(', ');
      out.push(`  [${i.severity === 'error' ? 'DITOLAK' : 'catatan'}] ${where}: ${i.message}`);
    }
    out.push('');
  }
  return out.join('\n');
}
