/** Non-negative whole number from `3`, `3 orang`, `2 tahun`, `1.000`; undefined when not one. */
export function parseCount(text: string): number | undefined {
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:\s*[a-z]+\.?)?$/i.exec(text.trim());
  return m ? Number(m[1].replace(/\./g, '')) : undefined;
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
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Parser for a table of code → accepted labels (codes themselves always accepted); in lists like `fullTime,contract` the first known label wins. */
export function labelParser<T extends string>(labels: Record<T, readonly string[]>): (text: string) => T | undefined {
  const lookup = new Map<string, T>();
  for (const [code, names] of Object.entries(labels) as [T, readonly string[]][]) {
    for (const name of [code, ...names]) lookup.set(labelKey(name), code);
  }
  return (text) => {
    const whole = lookup.get(labelKey(splitCamel(text)));
    if (whole) return whole;
    for (const part of text.split(/[,;/|]/)) {
      const code = lookup.get(labelKey(splitCamel(part)));
      if (code) return code;
    }
    return undefined;
  };
}

function splitCamel(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2');
}
