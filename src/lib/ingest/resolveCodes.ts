import { resolveOccupationCode, type OccupationReference } from '../reference/occupations';
import { resolveRegion, type RegionReference } from '../reference/regions';
import type { VacancyInput } from '../schema/vacancy';
import type { Vacancy } from '../schema/publishedVacancy';
import type { IngestIssue, IssuePlace } from './issues';
import { messageFor } from './messages';

/** Reference data the ingest resolves codes against. */
export interface References {
  regions: RegionReference;
  occupations: OccupationReference;
}

type Resolved = Pick<Vacancy, 'occupation_code' | 'occupation_unit' | 'region_scope' | 'province_code' | 'regency_code'>;

/** Resolves the occupation code and the region name or code against the references; every failure becomes an issue. */
export function resolveCodes(v: VacancyInput, refs: References, place: IssuePlace): { ok: true; value: Resolved } | { ok: false; issues: IngestIssue[] } {
  const issues: IngestIssue[] = [];
  const fail = (rule: string, field: string, value: string, extra = '') => {
    const text = messageFor(rule, field, value);
    issues.push({ type: `row/${rule}`, severity: 'error', ...place, field, value, message: text.id + extra, messageEn: text.en + extra });
  };
  const occupation = resolveOccupationCode(refs.occupations, v.occupation_code);
  if (!occupation.ok) fail(occupation.reason === 'not-unit' ? 'not-unit-occupation' : 'unknown-occupation', 'occupation_code', v.occupation_code);

  let region: Pick<Resolved, 'region_scope' | 'province_code' | 'regency_code'> = { region_scope: 'overseas' };
  if (v.country === 'ID') {
    const r = resolveRegion(refs.regions, v.region ?? '');
    if (!r.ok) {
      const candidates = r.reason === 'ambiguous' ? ` Kandidat / candidates: ${r.candidates.join('; ')}.` : '';
      fail(r.reason === 'ambiguous' ? 'ambiguous-region' : 'unknown-region', 'region', v.region ?? '', candidates);
    } else if (r.scope === 'national') region = { region_scope: 'national' };
    else if (r.scope === 'province') region = { region_scope: 'province', province_code: r.provinceCode };
    else region = { region_scope: 'regency', province_code: r.provinceCode, regency_code: r.regencyCode };
  }
  if (issues.length || !occupation.ok) return { ok: false, issues };
  return { ok: true, value: { occupation_code: occupation.code, occupation_unit: occupation.unitCode, ...region } };
}

