import type { Issue, IssuePlace } from '../../issues/issue';
import { agrees, placesNamedIn, type NamedIn } from '../../reference/placesInText';
import { regionLabel, type RegencyChoice, type RegionReference } from '../../reference/regions';

/** The row's other evidence about its place: the region cell's resolution, and its work address if any. */
export interface PlaceEvidence {
  region: NamedIn & { alternatives?: RegencyChoice[] };
  regionText: string;
  workAddress?: string;
}

const label = (ref: RegionReference, p: NamedIn) => regionLabel(ref, p.provinceCode, p.regencyCode);

/**
 * Weighs a resolved region against the rest of the row: a bare name shared by places of several provinces (`Banjar`)
 * takes the one the work address names, else stays the default with a warning listing the others; a work address
 * naming another kabupaten/kota or province than the region gets a warning. The row is published either way.
 */
export function weighPlaceEvidence(ref: RegionReference, evidence: PlaceEvidence, place: IssuePlace): { region: NamedIn; warnings: Issue[] } {
  const { region: { alternatives, ...chosen }, regionText, workAddress } = evidence;
  const named = workAddress ? placesNamedIn(ref, workAddress) : [];
  const warnings: Issue[] = [];
  let region: NamedIn = chosen;
  if (alternatives?.length) {
    const options = [chosen, ...alternatives];
    const backed = options.filter((o) => named.some((n) => agrees(n, o)));
    if (backed.length === 1) region = backed[0];
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
