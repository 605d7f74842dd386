import { foldAccents } from './foldText';

/** URL slug: lowercase ASCII, diacritics stripped, runs of other characters become one hyphen. */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
