const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agus: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

/** Calendar date (`YYYY-MM-DD`) from `2025-03-31`, `2025/03/31`, `31/03/2025`, `31-03-2025`, `31.3.2025`, `31 Maret 2025`, an ISO timestamp (a zoned one read in Asia/Jakarta) or an Excel serial day; undefined when not a real date. */
export function parseDate(text: string): string | undefined {
  const s = text.trim().toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s](\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?))?$/.exec(s);
  if (m) {
    const date = isoDate(+m[1], +m[2], +m[3]);
    // A timestamp with a zone (`…T20:00:00Z`) falls on the calendar day it is in Jakarta.
    const instant = date && m[4] && /(z|[+-]\d{2}:?\d{2})$/.test(m[4]) ? Date.parse(text.trim()) : NaN;
    return Number.isNaN(instant) ? date : todayInJakarta(new Date(instant));
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(s);
  if (m) return isoDate(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/.exec(s);
  if (m && MONTHS[m[2]]) return isoDate(+m[3], MONTHS[m[2]], +m[1]);
  m = /^(\d{5})$/.exec(s);
  if (m && +m[1] > 36526 && +m[1] < 73051) {
    // Excel serial day (1900 date system): 36526 = 2000-01-01.
    return new Date(Date.UTC(1899, 11, 30) + +m[1] * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days, both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in Asia/Jakarta (WIB), the calendar the offices work in. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}
