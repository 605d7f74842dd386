import path from 'node:path';
import { expect } from 'vitest';
import { ingest, type IngestResult } from '../../src/lib/ingest/ingest';
import type { Issue } from '../../src/lib/issues/issue';
import { renderIssue } from '../../src/lib/report/renderIssue';

/** Runs the whole ingest on `tests/fixtures/ingest-<name>/`, against the project's reference tables. */
export function ingestFixture(name: string, asOf = '2025-04-15'): IngestResult {
  return ingest({ dataDir: path.resolve('tests/fixtures', `ingest-${name}`), asOf, referenceDataDir: path.resolve('data') });
}

/** The published vacancy with this id (ids are unique across these fixtures). */
export function vacancy(result: IngestResult, id: string) {
  const found = result.vacancies.find((v) => v.id === id);
  if (!found) throw new Error(`vacancy ${id} was not published`);
  return found;
}

/** The summary of one office. */
export function summary(result: IngestResult, source: string) {
  const found = result.sources.find((s) => s.source === source);
  if (!found) throw new Error(`no source ${source}`);
  return found;
}

/** The contract's promise: every row ends in exactly one place, and every rejected row says where and why in Indonesian. */
export function expectEveryRowAccountedFor(result: IngestResult): void {
  const sum = (key: 'read' | 'accepted' | 'duplicates' | 'rejected') => result.sources.reduce((n, s) => n + s[key], 0);
  for (const s of result.sources) expect(s.read, s.source).toBe(s.accepted + s.duplicates + s.rejected);
  expect(sum('read')).toBe(sum('accepted') + sum('duplicates') + sum('rejected'));
  expect(result.vacancies).toHaveLength(sum('accepted'));

  for (const issue of result.issues) {
    const { message, messageEn } = renderIssue(issue);
    expect(issue.file, issue.type).toMatch(/^(vacancies\/.+\.(csv|txt)|sources\.csv)$/);
    expect(message.length, issue.type).toBeGreaterThan(20);
    expect(message, issue.type).not.toBe(messageEn);
  }
  const rowErrors = result.issues.filter((i) => i.severity === 'error' && i.type.startsWith('row/'));
  for (const issue of rowErrors) {
    expect(issue.line, issue.type).toBeGreaterThan(1);
    // A row with too many cells or an unclosed quote is wrong as a whole; every other rule names the field to fix.
    if (issue.type !== 'row/column-count' && issue.type !== 'row/malformed') expect(issue.field, issue.type).toBeTruthy();
  }
  for (const s of result.sources) {
    const wholeFile = result.issues.filter((i) => i.source === s.source && i.severity === 'error' && i.line === undefined);
    if (wholeFile.length) {
      expect(s.accepted + s.duplicates, s.source).toBe(0);
      continue;
    }
    const rejectedLines = new Set(rowErrors.filter((i) => i.source === s.source).map((i) => `${i.file}:${i.line}`));
    expect(rejectedLines.size, s.source).toBe(s.rejected);
  }
  const published = new Set(result.vacancies.map((v) => `${v.file}:${v.line}`));
  expect(rowErrors.filter((i) => published.has(`${i.file}:${i.line}`))).toEqual([]);
}

/** The Indonesian text a publisher reads for an issue (which must exist). */
export function messageOf(issue: Issue | undefined): string {
  if (!issue) throw new Error('expected an issue');
  return renderIssue(issue).message;
}
