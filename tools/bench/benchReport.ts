import type { BenchRun } from './benchRuns';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const count = (n: number) => n.toLocaleString('en');

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The benchmark's Markdown section: every run in the order it ran, then the medians and their ratios to the baseline and to the full build. */
export function benchReport(runs: readonly BenchRun[], about: { count: number; machine: string; command: string; date: string }): string {
  const rows = runs.map((r) => {
    const stages = r.stages.map((s) => `${s.stage} ${s.seconds.toFixed(0)} s`).join(' · ');
    const { written, uploaded, site } = r.delta;
    return `| ${r.label} | ${r.seconds.toFixed(1)} s | ${mb(r.peakBytes)} | ${count(written.files)} / ${mb(written.bytes)} | ${count(uploaded.files)} / ${mb(uploaded.bytes)} | ${count(site.files)} / ${mb(site.bytes)} | ${r.reused === undefined ? '' : count(r.reused)} | ${stages} |`;
  });
  const labels = [...new Set(runs.map((r) => r.label))];
  const med = new Map(labels.map((label) => [label, median(runs.filter((r) => r.label === label).map((r) => r.seconds))]));
  const full = med.get('full');
  const baseline = med.get('baseline (full)');
  const ratios = labels.map((label) => {
    const seconds = med.get(label)!;
    const peak = Math.max(...runs.filter((r) => r.label === label).map((r) => r.peakBytes));
    const vsBaseline = baseline ? ` · ${(seconds / baseline).toFixed(2)}× the baseline` : '';
    const vsFull = full && label !== 'full' && label !== 'baseline (full)' ? ` · ${(seconds / full).toFixed(3)}× the full build` : '';
    return `- ${label}: median ${seconds.toFixed(1)} s, peak ${mb(peak)}${vsBaseline}${vsFull}`;
  });
  return [
    '', `### Full, 1 % update and no-change builds, ${count(about.count)} vacancies — ${about.date}`, '',
    `Machine: ${about.machine}. Command: \`${about.command}\`. Written = files with a new inode (an unchanged page reused from the published site is a hard link); uploaded = files whose bytes differ from the site before (or are new).`, '',
    '| run | wall | peak memory (process tree) | written files / bytes | uploaded files / bytes | site files / bytes | pages reused | stages |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows, '', ...ratios, '',
    ...runs.filter((r) => r.steps?.length).map((r) => `- steps of ${r.label}${r.settled ? ` (${count(r.settled)} closed vacancies settled)` : ''}: ${r.steps!.map(([step, seconds]) => `${step} ${seconds.toFixed(1)}`).join(' · ')} s`),
  ].join('\n');
}
