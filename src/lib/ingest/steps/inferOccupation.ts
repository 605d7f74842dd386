import { guessOccupationFromTitle } from '../../reference/guessOccupation';
import type { OccupationReference } from '../../reference/occupations';
import type { Issue } from '../../issues/issue';
import type { SourceConfig } from '../sourceConfig';
import type { RawRow } from './mapRow';

/** Infer: fills an empty occupation_code from the title when the mapping asks for it (`derive.occupation_from_title`), marking it defaulted. */
export function inferOccupation(mapped: { row: RawRow; defaulted: string[] }, config: SourceConfig, occupations: OccupationReference): void {
  const { row, defaulted } = mapped;
  if (row.occupation_code !== undefined || !config.derive.occupation_from_title || !row.title) return;
  const unit = guessOccupationFromTitle(occupations, row.title);
  if (unit) {
    row.occupation_code = unit;
    defaulted.push('occupation_code');
  }
}

/** Where an occupation should have been guessed from the title, the issue says it could not be, instead of "required". */
export function explainUninferred(issues: Issue[], row: RawRow, config: SourceConfig): Issue[] {
  if (!config.derive.occupation_from_title) return issues;
  return issues.map((i): Issue => i.field === 'occupation_code' && i.type === 'row/required'
    ? { type: 'row/occupation-not-inferred', severity: i.severity, source: i.source, file: i.file, line: i.line, field: i.field, value: row.title }
    : i);
}
