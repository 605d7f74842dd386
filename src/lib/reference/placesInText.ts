import { resolveRegion, type RegionReference } from './regions';

/** A province, or a kabupaten/kota of a province, named in a text. */
export interface NamedIn {
  provinceCode: string;
  regencyCode?: string;
}

/**
 * The places a free text (a work address) names: each comma-separated part read alone as a region, keeping only the
 * parts that mean one kabupaten/kota, kecamatan or province (`Jl. Sudirman 5, Kebayoran Baru, Jakarta Selatan`).
 */
export function placesNamedIn(ref: RegionReference, text: string): NamedIn[] {
  const found: NamedIn[] = [];
  for (const part of text.split(/[,;\n]/)) {
    if (!/[a-z]/i.test(part) || part.length > 80) continue;
    const r = resolveRegion(ref, part);
    if (r.ok && r.scope === 'regency' && !r.alternatives) found.push({ provinceCode: r.provinceCode, regencyCode: r.regencyCode });
    else if (r.ok && r.scope === 'province') found.push({ provinceCode: r.provinceCode });
  }
  return found;
}

/** Whether a place named in a text agrees with a region: the same province, and the same kabupaten/kota when both name one. */
export function agrees(named: NamedIn, region: NamedIn): boolean {
  return named.provinceCode === region.provinceCode && (!named.regencyCode || !region.regencyCode || named.regencyCode === region.regencyCode);
}
