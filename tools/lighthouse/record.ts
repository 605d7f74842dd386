import fs from 'node:fs';
import { CATEGORIES, type PageScores } from './audit';

const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

/** Writes the scores as a table between the lighthouse markers of the benchmarks file (appended, with a heading, the first time). */
export function recordScores(file: string, pages: readonly PageScores[], version: string): void {
  const rows = pages.map((p) => `| \`${new URL(p.url).pathname}${new URL(p.url).search}\` | ${CATEGORIES.map((c) => p.scores[c]).join(' | ')} |`);
  const table = [START, `Lighthouse ${version}, mobile (simulated slow 4G, 4× CPU), \`npm run lighthouse -- --record\` on the sample site, ${new Date().toISOString().slice(0, 10)}:`, '',
    `| page | ${CATEGORIES.join(' | ')} |`, `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`, ...rows, END].join('\n');
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(START);
  const next = at >= 0 ? `${text.slice(0, at)}${table}${text.slice(text.indexOf(END) + END.length)}` : `${text.trimEnd()}\n\n## Lighthouse\n\n${table}\n`;
  fs.writeFileSync(file, next);
}
