import type { Issue, IssuePlace } from '../../issues/issue';
import { parseCountry } from '../../parse/parseCountry';
import type { VacancyInput } from '../../schema/vacancy';
import type { RawRow } from './mapRow';
import { resolveCodes, type References } from './resolveCodes';

/**
 * For a row validation already rejects: the resolve problems it also has (an unknown place, an occupation code not in
 * KBJI), so the officer sees every problem of the row at once rather than one per upload. Fields validation already
 * flagged are left out, so no cell is reported twice.
 */
export function alsoUnresolved(row: RawRow, found: readonly Issue[], refs: References, place: IssuePlace): Issue[] {
  const flagged = new Set(found.map((i) => i.field));
  const country = row.country === undefined ? 'ID' : parseCountry(row.country);
  if (!country) return [];
  const input = { occupation_code: row.occupation_code ?? '', country, region: row.region, work_address: row.work_address } as VacancyInput;
  const resolved = resolveCodes(input, refs, place);
  if (resolved.ok) return [];
  return resolved.issues.filter((i) => i.field && !flagged.has(i.field) && !(i.field === 'occupation_code' && row.occupation_code === undefined) && !(i.field === 'country' && flagged.has('region')));
}
