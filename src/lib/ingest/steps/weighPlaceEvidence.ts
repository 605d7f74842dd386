import type { Issue, IssuePlace } from '../../issues/issue';
import { agrees, placesNamedIn, type NamedIn } from '../../reference/placesInText';
import { regionLabel, resolveRegion, type RegencyChoice, type RegionReference, type RegionResolution } from '../../reference/regions';

/** The row's other evidence about its place: the region cell's resolution, and its work address if any. */
export interface PlaceEvidence {
  region: NamedIn & { alternatives?: RegencyChoice[] };
  regionText: string;
  workAddress?: string;
  /** The publishing office's own province (sources.csv). */
  officeProvince?: string;
}

const label = (ref: RegionReference, p: NamedIn) => regionLabel(ref, p.provinceCode, p.regencyCode);

/** What a bare name means in the office's own province (`Banjar` for an office in Bali: the kecamatan in Buleleng), if it names one place there. */
export function resolveInProvince(ref: RegionReference, regionText: string, province: string | undefined): Extract<RegionResolution, { scope: 'regency' | 'province' }> | undefined {
  const name = province === undefined ? undefined : ref.provinceByCode.get(province)?.name;
  if (!name) return undefined;
  const r = resolveRegion(ref, `${regionText}, ${name}`);
  return r.ok && r.scope !== 'national' && r.provinceCode === province && !(r.scope === 'regency' && r.alternatives?.length) ? r : undefined;
}

function inOfficeProvince(ref: RegionReference, regionText: string, province: string | undefined): NamedIn | undefined {
  const r = resolveInProvince(ref, regionText, province);
  return r && (r.scope === 'regency' ? { provinceCode: r.provinceCode, regencyCode: r.regencyCode } : { provinceCode: r.provinceCode });
}

/**
 * Weighs a resolved region against the rest of the row: a bare name shared by places of several provinces (`Banjar`)
 * takes the one the work address names, else the one in the office's own province, else stays the default with a
 * warning listing the others; a work address
 * naming another kabupaten/kota or province than the region gets a warning. The row is published either way.
 */
export function weighPlaceEvidence(ref: RegionReference, evidence: PlaceEvidence, place: IssuePlace): { region: NamedIn; warnings: Issue[] } {
  const { region: { alternatives, ...chosen }, regionText, workAddress, officeProvince } = evidence;
  const named = workAddress ? placesNamedIn(ref, workAddress) : [];
  const warnings: Issue[] = [];
  let region: NamedIn = chosen;
  if (alternatives?.length) {
    const options = [chosen, ...alternatives];
    const backed = options.filter((o) => named.some((n) => agrees(n, o)));
    const home = backed.length ? undefined : inOfficeProvince(ref, regionText, officeProvince);
    if (backed.length === 1) region = backed[0];
    else if (home) region = home;
    else {
      warnings.push({
        type: 'row/region-default-choice', severity: 'warning', ...place, field: 'region', value: regionText,
        chosen: label(ref, chosen), alternatives: alternatives.map((a) => label(ref, a)),
      });
    }
  }
  if (named.length && !named.some((n) => agrees(n, region))) {
    warnings.push({
      type: 'row/address-region-mismatch', severity: 'warning', ...place, field: 'work_address', value: workAddress,
      region: label(ref, region), address: [...new Set(named.map((n) => label(ref, n)))],
    });
  }
  return { region, warnings };
}
