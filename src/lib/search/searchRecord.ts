import type { Vacancy } from '../schema/publishedVacancy';
import { educationBand, payBand, payFigure, postedBands } from './searchBands';

/** Province filter value of nationwide vacancies (no province of their own). */
export const NATIONWIDE = 'seluruh-indonesia';

/** What a search record needs besides the vacancy: slugs of its province and kabupaten/kota, and the data's as-of date. */
export interface RecordContext {
  provinceSlug?: string;
  regencySlug?: string;
  asOf: string;
}

/** Filter name → values of one open vacancy's search record; every value a string (a null crashes Pagefind's Node API). */
export function searchFilters(v: Vacancy, ctx: RecordContext): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    jabatan: [v.occupation_unit.slice(0, 1)],
    golongan: [v.occupation_unit],
    jenis: [v.employment_type],
    pendidikan: [educationBand(v)],
    gaji: [payBand(v)],
    cara: [v.work_mode ?? 'onsite'],
    disabilitas: [v.disability_friendly ? 'ya' : 'tidak'],
    diposting: postedBands(v.date_posted, ctx.asOf),
    luar: [v.region_scope === 'overseas' ? 'ya' : 'tidak'],
    // Not shown as controls: orders. "Closing soonest" and "highest pay" page through these exact values
    // (src/scripts/search/pagefindIndex.ts), whose files load only when that order is chosen, where a sort key
    // would add ~2.5 B per page to what every search downloads first.
    tutup: [v.valid_through],
    upah: [payOrderValue(v)],
  };
  if (v.region_scope === 'national') filters.provinsi = [NATIONWIDE];
  else if (ctx.provinceSlug) filters.provinsi = [ctx.provinceSlug];
  if (ctx.regencySlug) filters.kabkota = [ctx.regencySlug];
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

/** Sort keys every indexed page carries (Pagefind drops pages lacking the key sorted by), as strings that sort lexically. */
export function searchSorts(v: Vacancy): Record<'posted', string> {
  return { posted: v.date_posted };
}

/** The `upah` order value: the pay figure zero-padded to 12 digits (the schema allows up to Rp 10 billion, 11) so values sort lexically; all zeros when no pay is given. */
export function payOrderValue(v: Pick<Vacancy, 'salary_min' | 'salary_max'>): string {
  return String(payFigure(v) ?? 0).padStart(12, '0');
}
