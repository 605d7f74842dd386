import type { Vacancy } from '../schema/publishedVacancy';

/** Salary bands (Rupiah per month, by the highest amount offered); Pagefind has no numeric ranges, so pay is a band computed at build time. */
export const PAY_BANDS = [
  { value: 'kurang-3jt', label: '< 3 jt', below: 3_000_000 },
  { value: '3-5jt', label: '3–5 jt', below: 5_000_000 },
  { value: '5-10jt', label: '5–10 jt', below: 10_000_001 },
  { value: 'lebih-10jt', label: '> 10 jt', below: Infinity },
] as const;
/** Band of a vacancy that reports no pay. */
export const PAY_NOT_STATED = { value: 'tidak-dicantumkan', label: 'Tidak dicantumkan' } as const;

/** The amount a vacancy is sorted and banded by: the top of its range, or its only figure. */
export function payFigure(v: Pick<Vacancy, 'salary_min' | 'salary_max'>): number | undefined {
  return v.salary_max ?? v.salary_min;
}

/** Salary band value of a vacancy (`3-5jt`, `tidak-dicantumkan`). */
export function payBand(v: Pick<Vacancy, 'salary_min' | 'salary_max'>): string {
  const pay = payFigure(v);
  if (pay === undefined) return PAY_NOT_STATED.value;
  return PAY_BANDS.find((b) => pay < b.below)!.value;
}

/** Minimum-education bands, each a set of the schema's levels. */
export const EDUCATION_BANDS = [
  { value: 'sd-smp', label: 'Tanpa syarat, SD atau SMP', levels: ['none', 'sd', 'smp'] },
  { value: 'sma-smk', label: 'SMA/SMK', levels: ['sma', 'smk'] },
  { value: 'diploma', label: 'Diploma (D1–D4)', levels: ['d1', 'd2', 'd3', 'd4'] },
  { value: 's1', label: 'Sarjana (S1)', levels: ['s1'] },
  { value: 's2-s3', label: 'Pascasarjana (S2/S3)', levels: ['s2', 's3'] },
] as const;
/** Band of a vacancy that states no minimum education. */
export const EDUCATION_NOT_STATED = { value: 'tidak-dicantumkan', label: 'Tidak dicantumkan' } as const;

/** Education band value of a vacancy. */
export function educationBand(v: Pick<Vacancy, 'education_min'>): string {
  if (!v.education_min) return EDUCATION_NOT_STATED.value;
  return EDUCATION_BANDS.find((b) => (b.levels as readonly string[]).includes(v.education_min!))?.value ?? EDUCATION_NOT_STATED.value;
}

/** "Posted within" bands, relative to the data's as-of date so two builds of the same data agree; a page carries every band it falls in. */
export const POSTED_BANDS = [
  { value: '7-hari', label: '7 hari terakhir', days: 7 },
  { value: '30-hari', label: '30 hari terakhir', days: 30 },
] as const;

/** The posted-within bands a vacancy falls in (posted 3 days before as-of: both `7-hari` and `30-hari`). */
export function postedBands(datePosted: string, asOf: string): string[] {
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${datePosted}T00:00:00Z`)) / 86_400_000);
  return POSTED_BANDS.filter((b) => days <= b.days).map((b) => b.value);
}
