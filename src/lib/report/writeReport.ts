import fs from 'node:fs';
import path from 'node:path';
import type { IngestResult } from '../ingest/ingest';
import { formatReport, totals } from './formatReport';
import { groupIdentical } from './groupIssues';
import { renderIssue } from './renderIssue';

/** Writes the validation report as JSON (for machines: each distinct issue's typed details and its text, identical rows grouped with their lines) and text (for people); returns the two paths. */
export function writeReport(result: IngestResult, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'validation-report.json');
  const text = path.join(dir, 'validation-report.txt');
  fs.writeFileSync(json, `${JSON.stringify({ asOf: result.asOf, totals: totals(result), sources: result.sources, issues: groupIdentical(result.issues.map(renderIssue)) }, null, 2)}\n`);
  fs.writeFileSync(text, `${formatReport(result)}\n`);
  return [json, text];
}
