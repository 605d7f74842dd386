/**
 * Writes src/lib/reference/countries.json: every ISO 3166-1 alpha-2 code with its Indonesian and English name (CLDR,
 * from this Node's ICU) and the URL slug of its overseas page. Run once; the table is committed and pinned, so
 * country names and `/luar-negeri/<slug>/` addresses do not change when a Node update brings new ICU names
 * (CLDR renamed Turkey "Türkiye" in English, for one). Add a country by hand rather than regenerating.
 *   npx tsx scripts/generate-countries.ts
 */
import fs from 'node:fs';
import { slugify } from '../src/lib/slugify';

/** Codes CLDR names that are no country: pseudo-locales, unknown, groupings. */
const NOT_COUNTRIES = /^(XA|XB|XK|ZZ|EU|EZ|UN|QO)$/;
/** Places people name shortly (`Hong Kong`, not CLDR's long `Hong Kong DAK Tiongkok`). */
const SHORT = new Set(['HK', 'MO', 'PS']);
const id = new Intl.DisplayNames(['id'], { type: 'region', fallback: 'none' });
const idShort = new Intl.DisplayNames(['id'], { type: 'region', style: 'short', fallback: 'none' });
const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const rows: { code: string; id: string; en: string; slug: string }[] = [];
for (const a of letters) {
  for (const b of letters) {
    const code = a + b;
    const nameId = SHORT.has(code) ? idShort.of(code) : id.of(code);
    const nameEn = en.of(code);
    // Deprecated codes (UK, SU, YU, …) stand for a current one: offices' `UK` is read as GB by an alias instead.
    const current = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
    if (!nameId || !nameEn || NOT_COUNTRIES.test(code) || !current) continue;
    rows.push({ code, id: nameId, en: nameEn, slug: slugify(nameId) });
  }
}
const slugs = new Set(rows.map((r) => r.slug));
if (slugs.size !== rows.length) throw new Error('two countries share a slug');
fs.writeFileSync('src/lib/reference/countries.json', `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`);
console.log(`${rows.length} countries written (ICU ${process.versions.icu}, CLDR ${process.versions.cldr})`);
