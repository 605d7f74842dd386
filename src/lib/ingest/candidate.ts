import type { OtherRow } from '../issues/issue';
import type { Vacancy } from '../schema/publishedVacancy';

/** A vacancy accepted from its source, before cross-source merging and the open/closed decision. */
export type Candidate = Omit<Vacancy, 'is_open' | 'closed_reason' | 'also_published_by'>;

/** How an issue names another accepted row: its office, file, line and id. */
export function otherRow(c: Candidate): OtherRow {
  return { source: c.source, file: c.file, line: c.line, id: c.id };
}
