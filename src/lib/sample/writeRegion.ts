import { provinces } from './provinces';
import type { Random } from './random';
import type { RegionBook, SampleRegency } from './regionBook';

/** Where a vacancy is, before an office writes it down. */
export type Place =
  | { kind: 'regency'; regency: SampleRegency }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'national' }
  | { kind: 'abroad'; country: string };

/** How an office writes a region: `32.73`, `Kota Bandung`, `Kab. Bogor`, `Bandung`, `Surabaya, Jawa Timur`, or a kecamatan. */
export type RegionStyle = 'code' | 'official' | 'short' | 'bare' | 'withProvince' | 'district';

const everydayProvinceName = new Map(provinces.map((p) => [p.code, p.name]));
const provinceNameKeys = new Set(provinces.map((p) => p.name.toLowerCase()));

/** A region cell as an office would type it; empty for work abroad. */
export function writeRegion(place: Place, style: RegionStyle, book: RegionBook, random: Random): string {
  switch (place.kind) {
    case 'abroad':
      return '';
    case 'national':
      return random.pick(['Seluruh Indonesia', 'Seluruh Indonesia', 'Nasional', 'Indonesia']);
    case 'province':
      return style === 'code' ? place.provinceCode : everydayProvinceName.get(place.provinceCode)!;
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

/** `Bandung` for the kota; a kabupaten only when no other kabupaten/kota or province has its name. */
function bare(r: SampleRegency, book: RegionBook): string {
  const key = r.bareName.toLowerCase();
  if (provinceNameKeys.has(key)) return short(r);
  if (r.kind === 'kota' || book.bareNameCount.get(key) === 1) return r.bareName;
  return short(r);
}
