import { labelKey } from './parseScalars';

/** Every ISO 4217 code the runtime knows (Intl, from CLDR): `IDR`, `PHP`, `MYR`, … */
const CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether a text is an ISO 4217 currency code (upper case, as the contract stores it). */
export function isCurrencyCode(code: string): boolean {
  return CODES.has(code);
}

/** Signs and words offices write beside an amount instead of a code (case-insensitive; `$` alone is USD unless the country has its own dollar). */
const MARKERS: Record<string, string> = {
  rp: 'IDR', rupiah: 'IDR', '₱': 'PHP', peso: 'PHP', pesos: 'PHP', php: 'PHP', rm: 'MYR', ringgit: 'MYR',
  's$': 'SGD', 'sg$': 'SGD', 'nt$': 'TWD', 'hk$': 'HKD', 'us$': 'USD', 'a$': 'AUD', 'au$': 'AUD', 'nz$': 'NZD', 'c$': 'CAD', 'b$': 'BND',
  '€': 'EUR', euro: 'EUR', '£': 'GBP', '₩': 'KRW', won: 'KRW', '¥': 'JPY', yen: 'JPY', '円': 'JPY', '元': 'CNY', yuan: 'CNY', rmb: 'CNY',
  '฿': 'THB', baht: 'THB', '₫': 'VND', dong: 'VND', '₹': 'INR', riyal: 'SAR', sr: 'SAR', dirham: 'AED', dhs: 'AED', ntd: 'TWD',
};

/** A country's own dollar or yen, for `$` and `¥` written without a code. */
const LOCAL_SIGN: Record<string, Record<string, string>> = {
  $: { SG: 'SGD', TW: 'TWD', HK: 'HKD', AU: 'AUD', NZ: 'NZD', CA: 'CAD', BN: 'BND', US: 'USD' },
  '¥': { CN: 'CNY', JP: 'JPY' },
};

/** A code (`php`, `PHP`), a sign (`₱`, `RM`, `S$`) or a currency's name (`Peso`, `Rupiah`) as an ISO 4217 code; `$` alone is the country's dollar, else USD. */
export function parseCurrency(text: string, country = 'ID'): string | undefined {
  const s = text.trim();
  if (LOCAL_SIGN[s]) return LOCAL_SIGN[s][country] ?? (s === '$' ? 'USD' : 'JPY');
  const upper = s.toUpperCase();
  if (CODES.has(upper)) return upper;
  return MARKERS[s.toLowerCase()] ?? MARKERS[labelKey(s)];
}

const SIGNS = Object.keys(MARKERS).filter((m) => !/^[a-z]+$/.test(m)).concat(Object.keys(LOCAL_SIGN));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so `NT$` is read before `$`; words and codes only as whole words beside the amount.
const MARKER = new RegExp(
  `(${SIGNS.sort((a, b) => b.length - a.length).map(escape).join('|')})|(?<![A-Za-z])([A-Za-z]{2,7})(?![A-Za-z])`,
  'giu',
);

/** The currency markers of a pay cell and the cell without them: `₱20,000 – ₱25,000` → PHP and `20,000 – 25,000`; words that are no currency (`juta`, `per`) stay. */
export function splitCurrency(cell: string, country = 'ID'): { currencies: string[]; rest: string } {
  const currencies = new Set<string>();
  const rest = cell.replace(MARKER, (whole: string, sign: string | undefined, word: string | undefined) => {
    // A word is a currency only as a code in capitals (`PHP`) or a known name (`peso`, `rp`), never `per` or `all`.
    const code = sign ? parseCurrency(sign, country) : word && (MARKERS[word.toLowerCase()] ?? (word === word.toUpperCase() && CODES.has(word) ? word : undefined));
    if (!code) return whole;
    currencies.add(code);
    return ' ';
  });
  return { currencies: [...currencies], rest: rest.replace(/\s+/g, ' ').replace(/^[\s.:]+/, '').trim() };
}
