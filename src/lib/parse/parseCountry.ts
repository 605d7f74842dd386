import { labelKey } from './parseScalars';

let byName: Map<string, string> | undefined;

/** ISO 3166-1 alpha-2 code from a code or a country name in Indonesian or English (`Jepang`, `Korea Selatan`, `Saudi Arabia`), using the runtime's CLDR names. */
export function parseCountry(text: string): string | undefined {
  const s = text.trim();
  // Two letters are a code or an alias (`UK` → GB), looked up like any name.
  return byNameMap().get(labelKey(s));
}

/** Whether a two-letter code is a country this runtime knows (so `RI` or `XX` is not taken for one). */
export function isCountryCode(code: string): boolean {
  return byNameMap().get(labelKey(code)) === code;
}

function byNameMap(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'id']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        const name = names.of(code);
        if (!name || /^(XA|XB|XK|ZZ|EU|EZ|UN|QO)$/.test(code)) continue;
        byName.set(labelKey(code), code);
        byName.set(labelKey(name), code);
      }
    }
  }
  for (const [alias, code] of [['korea', 'KR'], ['korsel', 'KR'], ['arab', 'SA'], ['uae', 'AE'], ['uea', 'AE'], ['usa', 'US'], ['uk', 'GB'], ['tiongkok', 'CN'], ['hongkong', 'HK'], ['hong kong', 'HK'], ['macau', 'MO'], ['makau', 'MO'], ['brunei darussalam', 'BN'],
    // Indonesia as offices write it.
    ['ri', 'ID'], ['nkri', 'ID'], ['ina', 'ID'], ['dalam negeri', 'ID'], ['republik indonesia', 'ID']]) {
    byName.set(alias, code);
  }
  return byName;
}
