import { guessOccupation } from '../../reference/guessOccupation';
import type { OccupationReference } from '../../reference/occupations';
import type { Issue } from '../../issues/issue';
import type { SourceConfig } from '../sourceConfig';
import type { RawRow } from './mapRow';

/**
 * Infer: fills an empty occupation_code from the title when the mapping asks for it (`derive.occupation_from_title`),
 * marking it inferred. A weak guess fills nothing: the row is then rejected with the guess's best candidates, which
 * this returns (unit group code and title), so no vacancy is published under an occupation its title does not support.
 */
export function inferOccupation(mapped: { row: RawRow; inferred: string[] }, config: SourceConfig, occupations: OccupationReference): string[] {
  const { row, inferred } = mapped;
  if (row.occupation_code !== undefined || !config.derive.occupation_from_title || !row.title) return [];
  const guess = guessOccupation(occupations, row.title);
  if (guess.weak) return guess.candidates.map((c) => `${c} ${occupations.byCode.get(c)?.titleId ?? ''}`.trim());
  if (guess.code) {
    row.occupation_code = guess.code;
    inferred.push('occupation_code');
  }
  return [];
}

/** Where an occupation should have been guessed from the title, the issue says it could not be (with the candidates of a weak guess), instead of "required". */
export function explainUninferred(issues: Issue[], row: RawRow, config: SourceConfig, candidates: string[]): Issue[] {
  if (!config.derive.occupation_from_title) return issues;
  return issues.map((i): Issue => i.field === 'occupation_code' && i.type === 'row/required'
    ? { type: 'row/occupation-not-inferred', severity: i.severity, source: i.source, file: i.file, line: i.line, field: i.field, value: row.title, candidates }
    : i);
}
