import { provinces } from './provinces';
import type { Random } from './random';
import { placeKey, type RegionBook, type SampleRegency } from './regionBook';

/** Where a vacancy is, before an office writes it down. */
export type Place =
  | { kind: 'regency'; regency: SampleRegency }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'national' }
  | { kind: 'abroad'; country: string };

/** How an office writes a region: `32.73`, `Kota Bandung`, `Kab. Bogor`, `Bandung`, `Surabaya, Jawa Timur`, or a kecamatan. */
export type RegionStyle = 'code' | 'official' | 'short' | 'bare' | 'withProvince' | 'district';

const everydayProvinceName = new Map(provinces.map((p) => [p.code, p.name]));
const provinceNameKeys = new Set(provinces.map((p) => placeKey(p.name)));

/** A region cell as an office would type it; empty for work abroad. */
export function writeRegion(place: Place, style: RegionStyle, book: RegionBook, random: Random): string {
  switch (place.kind) {
    case 'abroad':
      return '';
    case 'national':
      return random.pick(['Seluruh Indonesia', 'Seluruh Indonesia', 'Nasional', 'Indonesia']);
    case 'province': {
      if (style === 'code') return place.provinceCode;
      const name = everydayProvinceName.get(place.provinceCode)!;
      // `Jambi` alone is read as Kota Jambi: name the province as such when a kabupaten/kota shares its name.
      return book.bareNameCount.has(placeKey(name)) || random.chance(0.3) ? `Provinsi ${name}` : name;
    }
    case 'regency':
      return writeRegency(place.regency, style, book, random);
  }
}

function writeRegency(r: SampleRegency, style: RegionStyle, book: RegionBook, random: Random): string {
  const province = everydayProvinceName.get(r.provinceCode)!;
  switch (style) {
    case 'code':
      return r.code;
    case 'official':
      return r.name;
    case 'short':
      return short(r);
    case 'bare':
      return bare(r, book);
    case 'withProvince':
      return `${r.kind === 'kota' ? bare(r, book) : short(r)}, ${province}`;
    case 'district': {
      const districts = book.uniqueDistricts(r.code);
      return districts.length ? random.pick(districts) : short(r);
    }
  }
}

/** `Kota Bandung`, `Kab. Bogor`, `Jakarta Selatan` (Jakarta's kota are called by their bare names). */
function short(r: SampleRegency): string {
  if (r.name.includes('Administrasi')) return r.bareName;
  return r.kind === 'kota' ? r.name : `Kab. ${r.bareName}`;
}

/** `Bandung` for the kota (when its namesakes are all in its province); a kabupaten only when nothing else has its name. */
function bare(r: SampleRegency, book: RegionBook): string {
  const key = placeKey(r.bareName);
  if (provinceNameKeys.has(key)) return short(r);
  if (r.kind === 'kota' && book.bareNameProvinces.get(key)?.size === 1) return r.bareName;
  if (book.bareNameCount.get(key) === 1) return r.bareName;
  return short(r);
}
