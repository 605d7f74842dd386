/**
 * Place names as people write them on a card or in a title, derived by rule from the official Kemendagri names: an
 * administrative city or regency of Jakarta drops "Kota/Kabupaten Administrasi", and the special regions take their
 * usual abbreviation. Other names stay official (`Kota Bandung` and `Kabupaten Bandung` are two places).
 */
const RULES: readonly [RegExp, string][] = [
  [/^(Kota|Kabupaten) Administrasi /, ''],
  [/^Daerah Khusus Ibukota /, 'DKI '],
  [/^Daerah Khusus /, 'DK '],
  [/^Daerah Istimewa /, 'DI '],
];

/** `Kota Administrasi Jakarta Selatan` → `Jakarta Selatan`, `Daerah Khusus Ibukota Jakarta` → `DKI Jakarta`. */
export function shortPlaceName(official: string): string {
  return RULES.reduce((name, [pattern, replacement]) => name.replace(pattern, replacement), official);
}
