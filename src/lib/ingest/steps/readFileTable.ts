import fs from 'node:fs';
import type { Issue, IssuePlace } from '../../issues/issue';
import { binaryKind, decodeBytes, readTable, type Table } from '../readTable';
import type { SourceConfig } from '../sourceConfig';

/** File checks, first: a data file read and decoded into a table, or the issue saying why it cannot be read (a binary file named .csv is not read at all). */
export function readFileTable(filePath: string, config: SourceConfig | undefined, place: IssuePlace): { ok: true; table: Table; warnings: Issue[] } | { ok: false; issue: Issue } {
  const unreadable = (stage: 'read' | 'decode', error: unknown): { ok: false; issue: Issue } =>
    ({ ok: false, issue: { type: 'file/unreadable', severity: 'error', ...place, stage, error: (error as Error).message } });
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    return unreadable('read', error);
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, issue: { type: 'file/not-csv', severity: 'error', ...place, kind } };
  try {
    const { text, encoding, guess } = decodeBytes(bytes, config?.encoding);
    // Text decoded by a guess is never published without the report saying so, with the lines concerned.
    const warnings: Issue[] = guess ? [{ type: 'file/encoding-guess', severity: 'warning', ...place, guess: guess.kind, lines: guess.lines }] : [];
    return { ok: true, table: readTable(text, { delimiter: config?.delimiter, encoding }), warnings };
  } catch (error) {
    // A file too big to hold as text, or bytes no decoder accepts: report it and go on with the other files.
    return unreadable('decode', error);
  }
}
