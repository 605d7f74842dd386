import { bigPlaces, provinces } from './provinces';
import type { Random } from './random';
import type { RegionBook, SampleRegency } from './regionBook';

/** Where an office's vacancies are: a whole province, a city with its neighbours (weighted), or abroad. */
export type OfficeArea =
  | { kind: 'province'; provinceCode: string }
  | { kind: 'city'; provinceCode: string; regencies: readonly (readonly [string, number])[] }
  | { kind: 'overseas' };

const mainCities = new Set(provinces.map((p) => p.mainCity));

/** Relative chance that a vacancy is in this kabupaten/kota: the main city most, then big kota and kabupaten, other kota, other kabupaten. */
export function regencyWeight(regency: SampleRegency): number {
  if (mainCities.has(regency.code)) return 10;
  if (bigPlaces.has(regency.code)) return 4;
  return regency.kind === 'kota' ? 2 : 1;
}

/** The weighted kabupaten/kota of an office's area (empty for overseas). */
export function areaRegencies(book: RegionBook, area: OfficeArea): (readonly [SampleRegency, number])[] {
  if (area.kind === 'overseas') return [];
  if (area.kind === 'city') return area.regencies.map(([code, w]) => [book.regencyByCode.get(code)!, w] as const);
  return (book.byProvince.get(area.provinceCode) ?? []).map((r) => [r, regencyWeight(r)] as const);
}

/** Picks kabupaten/kota for an area, weighted; built once per office. */
export function regionPicker(book: RegionBook, area: OfficeArea): (random: Random) => SampleRegency | undefined {
  const weighted = areaRegencies(book, area);
  return (random) => (weighted.length ? random.weighted(weighted) : undefined);
}
