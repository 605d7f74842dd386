import { COUNTRIES } from '../reference/countries';
import { labelKey } from './parseScalars';

let byName: Map<string, string> | undefined;

/** ISO 3166-1 alpha-2 code from a code or a country name in Indonesian or English (`Jepang`, `Korea Selatan`, `Saudi Arabia`), using the pinned country table (src/lib/reference/countries.ts). */
export function parseCountry(text: string): string | undefined {
  const s = text.trim();
  // Two letters are a code or an alias (`UK` → GB), looked up like any name.
  return byNameMap().get(labelKey(s));
}

/** Whether a two-letter code is a country of the table (so `RI` or `XX` is not taken for one). */
export function isCountryCode(code: string): boolean {
  return byNameMap().get(labelKey(code)) === code;
}

function byNameMap(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const c of COUNTRIES) for (const name of [c.code, c.en, c.id]) byName.set(labelKey(name), c.code);
  for (const [alias, code] of [['korea', 'KR'], ['korsel', 'KR'], ['arab', 'SA'], ['uae', 'AE'], ['uea', 'AE'], ['usa', 'US'], ['uk', 'GB'], ['tiongkok', 'CN'], ['hongkong', 'HK'], ['hong kong', 'HK'], ['macau', 'MO'], ['makau', 'MO'], ['brunei darussalam', 'BN'],
    // Older or everyday names the table's CLDR names do not cover.
    ['turkey', 'TR'], ['inggris', 'GB'], ['britania raya', 'GB'], ['amerika', 'US'], ['cina', 'CN'], ['saudi', 'SA'], ['arab saudi', 'SA'],
    // CLDR's long Indonesian names of places the table names in short form.
    ['hong kong dak tiongkok', 'HK'], ['makau dak tiongkok', 'MO'], ['wilayah palestina', 'PS'],
    // Indonesia as offices write it.
    ['ri', 'ID'], ['nkri', 'ID'], ['ina', 'ID'], ['dalam negeri', 'ID'], ['republik indonesia', 'ID']]) {
    byName.set(alias, code);
  }
  return byName;
}
