import type { Issue, IssuePlace } from '../../issues/issue';
import type { Vacancy } from '../../schema/publishedVacancy';

type Placement = Pick<Vacancy, 'region_scope' | 'placement_agency' | 'placement_agency_license'>;

/**
 * An overseas placement without its placement agency (P3MI) or its licence number is published, with a warning: the
 * agency and its licence are the job seeker's first check against trafficking, so the office is asked to fill them in.
 */
export function checkPlacementAgency(v: Placement, place: IssuePlace & { line: number }): Issue[] {
  if (v.region_scope !== 'overseas') return [];
  const missing = (['placement_agency', 'placement_agency_license'] as const).filter((field) => !v[field]);
  return missing.length ? [{ type: 'row/missing-placement-agency', severity: 'warning', ...place, field: missing[0], missing: [...missing] }] : [];
}
