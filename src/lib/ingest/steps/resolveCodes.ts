import type { References } from '../../reference/loadReferences';
import { resolveOccupationCode } from '../../reference/occupations';
import { resolveRegion } from '../../reference/regions';
import type { Issue, IssuePlace } from '../../issues/issue';
import type { VacancyInput } from '../../schema/vacancy';
import type { Vacancy } from '../../schema/publishedVacancy';

/** Reference data the ingest resolves codes against (loaded once per build, src/lib/reference/loadReferences.ts). */
export type { References };

type Resolved = Pick<Vacancy, 'occupation_code' | 'occupation_unit' | 'region_scope' | 'province_code' | 'regency_code'>;

/** Resolve: the occupation code and the region name or code against the references; every failure becomes an issue. */
export function resolveCodes(v: VacancyInput, refs: References, place: IssuePlace): { ok: true; value: Resolved } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const occupation = resolveOccupationCode(refs.occupations, v.occupation_code);
  if (!occupation.ok) {
    const type = occupation.reason === 'not-unit' ? 'row/not-unit-occupation' : 'row/unknown-occupation';
    issues.push({ type, severity: 'error', ...place, field: 'occupation_code', value: v.occupation_code });
  }
  let region: Pick<Resolved, 'region_scope' | 'province_code' | 'regency_code'> = { region_scope: 'overseas' };
  if (v.country === 'ID') {
    const r = resolveRegion(refs.regions, v.region ?? '');
    const at = { severity: 'error' as const, ...place, field: 'region', value: v.region ?? '' };
    if (!r.ok) issues.push(r.reason === 'ambiguous' ? { type: 'row/ambiguous-region', ...at, candidates: r.candidates } : { type: 'row/unknown-region', ...at });
    else if (r.scope === 'national') region = { region_scope: 'national' };
    else if (r.scope === 'province') region = { region_scope: 'province', province_code: r.provinceCode };
    else region = { region_scope: 'regency', province_code: r.provinceCode, regency_code: r.regencyCode };
  }
  if (issues.length || !occupation.ok) return { ok: false, issues };
  return { ok: true, value: { occupation_code: occupation.code, occupation_unit: occupation.unitCode, ...region } };
}
