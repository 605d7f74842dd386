const rupiah = new Intl.NumberFormat('id-ID');
const longDate = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `Rp 5.000.000`. */
export function formatRupiah(amount: number): string {
  return `Rp ${rupiah.format(amount)}`;
}

/** Monthly pay as a range, a single amount, or undefined when not reported. */
export function formatSalary(min?: number, max?: number): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined && min !== max) return `${formatRupiah(min)} – ${formatRupiah(max)} per bulan`;
  return `${formatRupiah((min ?? max)!)} per bulan`;
}

/** `31 Maret 2025` from `2025-03-31`. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
