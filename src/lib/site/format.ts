import { t } from '../../i18n';

const number = new Intl.NumberFormat(t.locale.intl);
const longDate = new Intl.DateTimeFormat(t.locale.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `1.241`: a count as readers write it. */
export function formatCount(n: number): string {
  return number.format(n);
}

/** `Rp 5.000.000`. */
export function formatRupiah(amount: number): string {
  return `Rp ${number.format(amount)}`;
}

/** Monthly pay as a range, a single amount, or undefined when not reported. */
export function formatSalary(min?: number, max?: number): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined && min !== max) return `${formatRupiah(min)} – ${formatRupiah(max)} ${t.pay.perMonth}`;
  return `${formatRupiah((min ?? max)!)} ${t.pay.perMonth}`;
}

/** `31 Maret 2025` from `2025-03-31`. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `Ditutup dalam 12 hari`, `Ditutup besok`, `Ditutup hari ini`: how long an open vacancy still takes applications. */
export function closesInText(asOf: string, validThrough: string): string {
  const days = daysBetween(asOf, validThrough);
  return days <= 0 ? t.status.closesToday : days === 1 ? t.status.closesTomorrow : t.status.closesIn(days);
}
