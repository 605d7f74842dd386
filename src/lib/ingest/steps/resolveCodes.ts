import type { References } from '../../reference/loadReferences';
import { resolveOccupationCode } from '../../reference/occupations';
import { countryAbroad } from '../../reference/foreignPlaces';
import { resolveRegion } from '../../reference/regions';
import type { Issue, IssuePlace } from '../../issues/issue';
import type { VacancyInput } from '../../schema/vacancy';
import type { Vacancy } from '../../schema/publishedVacancy';
import { resolveInProvince, weighPlaceEvidence } from './weighPlaceEvidence';

/** Reference data the ingest resolves codes against (loaded once per build, src/lib/reference/loadReferences.ts). */
export type { References };

type Resolved = Pick<Vacancy, 'occupation_code' | 'occupation_unit' | 'region_scope' | 'province_code' | 'regency_code'> & { country?: string };

/** What the file tells the resolve step: whether a place abroad written without a country goes to the overseas placements (the office publishes some, and the row's country cell is empty). */
export interface ResolveOptions {
  routeAbroad?: boolean;
  /** The office's own province code: evidence for a bare name several provinces share. */
  officeProvince?: string;
}

/** The country abroad a region text names, when it names no Indonesian place (the wider town index only for a name Indonesia has no place of). */
export function placeAbroad(refs: References, text: string, r = resolveRegion(refs.regions, text)) {
  return r.ok ? undefined : countryAbroad(refs.foreignPlaces, text, { towns: r.reason === 'unknown' });
}

/** Resolve: the occupation code and the region name or code against the references (weighed against the work address); every failure becomes an issue, every doubt a warning. */
export function resolveCodes(v: VacancyInput, refs: References, place: IssuePlace, options: ResolveOptions = {}): { ok: true; value: Resolved; warnings: Issue[] } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const occupation = resolveOccupationCode(refs.occupations, v.occupation_code);
  if (!occupation.ok) {
    const type = occupation.reason === 'not-unit' ? 'row/not-unit-occupation' : 'row/unknown-occupation';
    issues.push({ type, severity: 'error', ...place, field: 'occupation_code', value: v.occupation_code });
  }
  let region: Pick<Resolved, 'region_scope' | 'province_code' | 'regency_code' | 'country'> = { region_scope: 'overseas' };
  if (v.country === 'ID') {
    const written = resolveRegion(refs.regions, v.region ?? '');
    // A kecamatan name several kabupaten share (`Cibitung`) is decided by the office's own province when only one of them is in it.
    const r = !written.ok && written.reason === 'ambiguous' ? (resolveInProvince(refs.regions, v.region ?? '', options.officeProvince) ?? written) : written;
    const at = { severity: 'error' as const, ...place, field: 'region', value: v.region ?? '' };
    const abroad = placeAbroad(refs, v.region ?? '', r);
    if (abroad && options.routeAbroad) {
      region = { region_scope: 'overseas', country: abroad.code };
      warnings.push({ type: 'row/place-abroad-routed', ...at, severity: 'warning', country: abroad.code, countryName: abroad.id });
    } else if (abroad) issues.push({ type: 'row/place-abroad', ...at, country: abroad.code, countryName: abroad.id });
    else if (!r.ok) issues.push(r.reason === 'ambiguous' ? { type: 'row/ambiguous-region', ...at, candidates: r.candidates } : { type: 'row/unknown-region', ...at });
    else if (r.scope === 'national') region = { region_scope: 'national' };
    else {
      const evidence = { region: r.scope === 'province' ? { provinceCode: r.provinceCode } : r, regionText: v.region ?? '', workAddress: v.work_address, officeProvince: options.officeProvince };
      const weighed = weighPlaceEvidence(refs.regions, evidence, place);
      warnings.push(...weighed.warnings);
      const { provinceCode, regencyCode } = weighed.region;
      region = regencyCode ? { region_scope: 'regency', province_code: provinceCode, regency_code: regencyCode } : { region_scope: 'province', province_code: provinceCode };
    }
  } else if (v.region) {
    // A country is set (by a column or a mapping default): a region naming an Indonesian kabupaten/kota or province contradicts it.
    const r = resolveRegion(refs.regions, v.region);
    const named = r.ok && (r.scope === 'province' || (r.scope === 'regency' && r.via !== 'district'));
    if (named && countryAbroad(refs.foreignPlaces, v.region)?.code !== v.country) {
      issues.push({ type: 'row/region-in-indonesia', severity: 'error', ...place, field: 'country', value: v.country, region: v.region });
    }
  }
  if (issues.length || !occupation.ok) return { ok: false, issues };
  return { ok: true, value: { occupation_code: occupation.code, occupation_unit: occupation.unitCode, ...region }, warnings };
}
