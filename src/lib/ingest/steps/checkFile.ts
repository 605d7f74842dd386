import type { Issue, IssuePlace } from '../../issues/issue';
import type { Table } from '../readTable';
import type { LoadedConfig, SourceConfig } from '../sourceConfig';

/** Why a whole file's rows are not read, and how many of them that rejects. */
export type FileRejected = { ok: false; issue: Issue; rejected: number };

/**
 * File checks, then: a broken header row, an empty file or an unusable mapping file stop the whole file (its rows
 * counted as rejected, except an empty file's none); otherwise the file goes on with its office's mapping.
 */
export function checkFile(table: Table, mapping: LoadedConfig, mappingFile: string, place: IssuePlace): { ok: true; config: SourceConfig } | FileRejected {
  const rows = table.rows.length;
  if (table.problems.some((p) => p.line === table.headerLine)) {
    return { ok: false, rejected: rows, issue: { type: 'file/malformed-header', severity: 'error', ...place, line: table.headerLine } };
  }
  if (!table.headers.length) return { ok: false, rejected: 0, issue: { type: 'file/empty', severity: 'warning', ...place } };
  if (!mapping.ok) return { ok: false, rejected: rows, issue: { type: 'file/invalid-mapping', severity: 'error', ...place, mappingFile, rows, failure: mapping.failure } };
  return { ok: true, config: mapping.config };
}
