import type { Vacancy } from '../schema/publishedVacancy';

// Bands a vacancy's pay, education and posting date fall in; their labels are in src/i18n/idSearch.ts.

/** Salary bands (Rupiah per month, by the highest amount offered); Pagefind has no numeric ranges, so pay is a band computed at build time. */
export const PAY_BANDS = [
  { value: 'kurang-3jt', below: 3_000_000 },
  { value: '3-5jt', below: 5_000_000 },
  { value: '5-10jt', below: 10_000_001 },
  { value: 'lebih-10jt', below: Infinity },
] as const;
/** Band of a vacancy that reports no pay or no minimum education. */
export const NOT_STATED = 'tidak-dicantumkan';
/** A salary band value. */
export type PayBand = (typeof PAY_BANDS)[number]['value'] | typeof NOT_STATED;

type Pay = Pick<Vacancy, 'salary_min' | 'salary_max' | 'salary_currency'>;

/** The Rupiah amount a vacancy is sorted and banded by: the top of its range, or its only figure; none for pay in another currency (the bands are Rupiah). */
export function payFigure(v: Pay): number | undefined {
  return (v.salary_currency ?? 'IDR') === 'IDR' ? (v.salary_max ?? v.salary_min) : undefined;
}

/** Salary band value of a vacancy (`3-5jt`, `tidak-dicantumkan`). */
export function payBand(v: Pay): PayBand {
  const pay = payFigure(v);
  if (pay === undefined) return NOT_STATED;
  return PAY_BANDS.find((b) => pay < b.below)!.value;
}

/** The `upah` order value: the pay figure zero-padded to 12 digits (the schema allows up to Rp 10 billion, 11) so values sort lexically; all zeros when no pay is given. */
export function payOrderValue(v: Pay): string {
  return String(payFigure(v) ?? 0).padStart(12, '0');
}

/** Minimum-education bands, each a set of the schema's levels. */
export const EDUCATION_BANDS = [
  { value: 'sd-smp', levels: ['none', 'sd', 'smp'] },
  { value: 'sma-smk', levels: ['sma', 'smk'] },
  { value: 'diploma', levels: ['d1', 'd2', 'd3', 'd4'] },
  { value: 's1', levels: ['s1'] },
  { value: 's2-s3', levels: ['s2', 's3'] },
] as const;
/** An education band value. */
export type EducationBand = (typeof EDUCATION_BANDS)[number]['value'] | typeof NOT_STATED;

/** Education band value of a vacancy. */
export function educationBand(v: Pick<Vacancy, 'education_min'>): EducationBand {
  if (!v.education_min) return NOT_STATED;
  return EDUCATION_BANDS.find((b) => (b.levels as readonly string[]).includes(v.education_min!))?.value ?? NOT_STATED;
}

/** "Posted within" bands, relative to the data's as-of date so two builds of the same data agree; a page carries every band it falls in. */
export const POSTED_BANDS = [
  { value: '7-hari', days: 7 },
  { value: '30-hari', days: 30 },
] as const;
/** A posted-within band value. */
export type PostedBand = (typeof POSTED_BANDS)[number]['value'];

/** The posted-within bands a vacancy falls in (posted 3 days before as-of: both `7-hari` and `30-hari`). */
export function postedBands(datePosted: string, asOf: string): PostedBand[] {
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${datePosted}T00:00:00Z`)) / 86_400_000);
  return POSTED_BANDS.filter((b) => days <= b.days).map((b) => b.value);
}
