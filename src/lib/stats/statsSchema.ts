import { z } from 'zod';

const count = z.number().int().nonnegative();

/** One row of a breakdown: its code, its name, and its open vacancies and positions (null when suppressed). */
export const statRowSchema = z.strictObject({
  key: z.string(),
  label: z.string(),
  vacancies: count.nullable(),
  positions: count.nullable(),
  /** Fewer than MIN_CELL vacancies (1 to 4): the figures are left out, as in the open data. */
  suppressed: z.boolean(),
});
/** One row of a breakdown. */
export type StatRow = z.output<typeof statRowSchema>;

/** A province's minimum wage (UMP) as data/reference/ump.csv gives it: year, amount as the decree writes it (sen included), the decree and a public source. */
export const minimumWageSchema = z.strictObject({
  provinceCode: z.string(), year: z.number().int(), amount: z.number().positive(), decree: z.string().min(1), source: z.url(),
});
/** A province's minimum wage. */
export type MinimumWage = z.output<typeof minimumWageSchema>;

/** Offered monthly pay (Rupiah) of one area's open vacancies: how many reported it, and its quartiles. */
export const payRowSchema = z.strictObject({
  key: z.string(),
  label: z.string(),
  vacancies: count.nullable(),
  /** Vacancies that reported pay in Rupiah. */
  reported: count.nullable(),
  p25: count.nullable(),
  median: count.nullable(),
  p75: count.nullable(),
  suppressed: z.boolean(),
  minimumWage: minimumWageSchema.nullable(),
});
/** Pay of one area. */
export type PayRow = z.output<typeof payRowSchema>;

/** `stats.json`: the labour-demand statistics of /statistik/, computed in the prepare stage (src/lib/stats/). */
export const statsSchema = z.strictObject({
  asOf: z.iso.date(),
  /** Every open vacancy and its positions. */
  open: z.strictObject({ vacancies: count, positions: count }),
  byProvince: z.array(statRowSchema),
  byMajor: z.array(statRowSchema),
  byEducation: z.array(statRowSchema),
  byEmploymentType: z.array(statRowSchema),
  byWorkMode: z.array(statRowSchema),
  byDisability: z.array(statRowSchema),
  pay: z.array(payRowSchema),
  /** Vacancies posted per week (open and not open), keyed by the week's Monday; the weeks up to the data's date. */
  weekly: z.array(statRowSchema),
  /** Published vacancies (open and not open): what the weekly counts add up to over all weeks. */
  published: count,
  /** The province boundaries (TopoJSON, simplified) with each shape's Kemendagri code in `code`. */
  topology: z.record(z.string(), z.unknown()),
});
/** The statistics of one build. */
export type Stats = z.output<typeof statsSchema>;
