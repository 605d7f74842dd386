import { foldAccents } from '../foldText';

const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
const COUNT = new RegExp(String.raw`^(?:±|~|\+-|kurang lebih|sekitar|min(?:imal|imum)?\.?|maks(?:imal)?\.?)?\s*${NUMBER}(?:\s*(?:-|–|s\.?\/?d\.?|sampai|hingga|to)\s*${NUMBER})?`, 'i');
const UNIT_WORDS = /^[a-z.\s]*$/i;

/** Non-negative whole number from `3`, `3 orang`, `2 tahun`, `1.000`, `±10`, `min. 2 tahun`; a range `1-2 tahun` gives its lower end. */
export function parseCount(text: string): number | undefined {
  const s = text.trim();
  // Counts are short; a long cell is prose, not a number (and no pattern should scan it).
  if (s.length > 40) return undefined;
  const m = COUNT.exec(s);
  return m && UNIT_WORDS.test(s.slice(m[0].length)) ? Number(m[1].replace(/\./g, '')) : undefined;
}

const NO_EXPERIENCE = /^(fresh ?grad(uate)?|lulusan baru|tanpa pengalaman|tidak (perlu|wajib|disyaratkan)( berpengalaman)?|belum berpengalaman|no experience|none|entry level)$/i;

const YEARS_THEN_WORDS = /^(?:min(?:imal|imum)?\.?\s*)?(\d{1,2})\s*\+?\s*(?:tahun|thn|th|years?|yrs?)\b/i;

/** Years of experience: a count, `2 tahun pengalaman di bidang …` (the leading years), or 0 for `fresh graduate`, `tanpa pengalaman` and the like. */
export function parseExperienceYears(text: string): number | undefined {
  const s = text.trim();
  if (NO_EXPERIENCE.test(s)) return 0;
  const years = YEARS_THEN_WORDS.exec(s);
  return parseCount(s) ?? (years ? Number(years[1]) : undefined);
}

const TRUE = new Set(['ya', 'y', 'yes', 'true', '1', 'benar', 'iya', 'bisa']);
const FALSE = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'salah', 'bukan']);

/** Yes/no from `ya`/`tidak`/`true`/`false`/`1`/`0` (and common variants); undefined when neither. */
export function parseBoolean(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  return TRUE.has(s) ? true : FALSE.has(s) ? false : undefined;
}

/** Key for matching labels: lowercase, accents and punctuation folded to single spaces. */
export function labelKey(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Parser for a table of code → accepted labels (codes themselves always accepted); in lists like `fullTime,contract`
 * the first known label wins. With `withinText`, a label found as whole words inside longer text also counts
 * (`Karyawan Kontrak 1 Tahun`, `Minimal SMA`), the longest label first.
 */
export function labelParser<T extends string>(labels: Record<T, readonly string[]>, options: { withinText?: boolean } = {}): (text: string) => T | undefined {
  const lookup = new Map<string, T>();
  for (const [code, names] of Object.entries(labels) as [T, readonly string[]][]) {
    for (const name of [code, ...names]) lookup.set(labelKey(name), code);
  }
  const longestFirst = [...lookup.keys()].filter((k) => k.length > 1).sort((a, b) => b.length - a.length);
  return (text) => {
    const whole = lookup.get(labelKey(splitCamel(text)));
    if (whole) return whole;
    for (const part of text.split(/[,;/|()]/)) {
      const code = lookup.get(labelKey(splitCamel(part)));
      if (code) return code;
    }
    if (!options.withinText) return undefined;
    const padded = ` ${labelKey(splitCamel(text))} `;
    const found = longestFirst.find((label) => padded.includes(` ${label} `));
    return found === undefined ? undefined : lookup.get(found);
  };
}

function splitCamel(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2');
}
