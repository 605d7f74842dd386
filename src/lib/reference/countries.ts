import countries from './countries.json' with { type: 'json' };

/** A country as the site names it: ISO 3166-1 alpha-2 code, Indonesian and English names, overseas page slug. */
export interface Country { code: string; id: string; en: string; slug: string }

/**
 * The pinned country table (src/lib/reference/countries.json, written once by scripts/generate-countries.ts from CLDR):
 * names and `/luar-negeri/<slug>/` addresses stay the same whatever ICU data the running Node carries.
 */
export const COUNTRIES: readonly Country[] = countries;
const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The country of a code, if the table has it. */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}
