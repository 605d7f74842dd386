import type { Issue, IssuePlace } from '../../issues/issue';
import type { Table, TableRow } from '../readTable';

/** Row shape: a check for the rows of one table, returning the issue of a row the parser could not split cleanly. */
export function rowShapeCheck(table: Table): (row: TableRow, place: IssuePlace) => Issue | undefined {
  const brokenLines = new Map(table.problems.map((p) => [p.line, p.message]));
  return ({ line, cells }, place) => {
    const broken = brokenLines.get(line);
    // An unclosed quote swallows the lines after it into this row: reject it so nothing is published half-read.
    if (broken !== undefined) return { type: 'row/malformed', severity: 'error', ...place, line, error: broken };
    if (cells.slice(table.headers.length).some(Boolean)) {
      return { type: 'row/column-count', severity: 'error', ...place, line, cells: cells.length, headers: table.headers.length, delimiter: table.delimiter };
    }
    return undefined;
  };
}
