import { countryByCode } from '../reference/countries';
import { slugify } from '../slugify';

/** Indonesian name of a country code (`JP` → `Jepang`), from the pinned country table. */
export function countryName(code: string): string {
  return countryByCode(code)?.id ?? code;
}

/** Slug of an overseas placement country (`korea-selatan`), pinned in the country table so its address never changes. */
export function countrySlug(code: string): string {
  return countryByCode(code)?.slug ?? slugify(code);
}
