import { loadRegions, resolveRegion, type RegionResolution } from '../../src/lib/reference/regions';

/** The region reference loaded once for the region tests. */
export const ref = loadRegions();

/** The regency code a resolution landed on, or a short description of what it was instead. */
export function regency(input: string): string {
  const r = resolveRegion(ref, input);
  return r.ok && r.scope === 'regency' ? r.regencyCode : describeOther(r);
}

/** The province code of a province-scoped resolution, or a short description of what it was instead. */
export function province(input: string): string {
  const r = resolveRegion(ref, input);
  return r.ok && r.scope === 'province' ? r.provinceCode : describeOther(r);
}

/** What a resolution was when it was not the scope a test asked for. */
function describeOther(r: RegionResolution): string {
  if (!r.ok) return `${r.reason}: ${r.candidates.join(' | ')}`;
  return r.scope === 'national' ? 'national' : r.scope === 'province' ? `province ${r.provinceCode}` : `regency ${r.regencyCode}`;
}
