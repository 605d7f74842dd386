import { compareCodeUnits } from '../compareCodeUnits';
import type { IngestResult } from '../ingest/ingest';
import type { IssueType } from '../issues/issue';
import type { Vacancy } from '../schema/publishedVacancy';
import { vacancyFieldNames } from '../schema/vacancy';
import { openDataFields } from './openDataSchema';

/** The contract fields an office may leave empty, in contract order: those the zod schema does not require. */
export const optionalFields: readonly string[] = openDataFields()
  .filter((field) => !field.required && (vacancyFieldNames as readonly string[]).includes(field.name))
  .map((field) => field.name);

/** The column of the quality file holding the fill rate of one optional field. */
export const fillColumn = (field: string) => `filled_${field}`;

/** The counting columns of the quality file, before the fill rates. */
const COUNT_FIELDS = [
  'source', 'office_name', 'rows_received', 'published', 'open', 'merged', 'superseded', 'rejected', 'rejected_by_rule', 'pay_share', 'occupation_guessed_share',
] as const;

/** Every column of the quality file, in file order: the counts, then one fill rate per optional contract field. */
export const QUALITY_FIELDS: readonly string[] = [...COUNT_FIELDS, ...optionalFields.map(fillColumn)];

/** What one office's rows became, and how complete its published vacancies are; counts, rule names and shares only. */
export interface OfficeQuality {
  source: string;
  name: string;
  received: number;
  published: number;
  open: number;
  merged: number;
  superseded: number;
  rejected: number;
  /** Rows (or files) rejected by each rule, by issue type in code-unit order; a row breaking two rules counts under both. */
  byRule: { rule: IssueType; count: number }[];
  /** Shares of the published vacancies (0–1, three decimals); undefined when none was published. */
  payShare?: number;
  occupationGuessedShare?: number;
  filled: { field: string; share?: number }[];
}

const isFilled = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
const shareOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : undefined);

/** Rows rejected by each rule: distinct (rule, file, line) among the office's errors; a problem of a whole file counts once. */
function rejectedByRule(result: IngestResult, source: string): OfficeQuality['byRule'] {
  const seen = new Set<string>();
  const counts = new Map<IssueType, number>();
  for (const issue of result.issues) {
    if (issue.source !== source || issue.severity !== 'error') continue;
    const key = `${issue.type}\u0000${issue.file}\u0000${issue.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(issue.type, (counts.get(issue.type) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => compareCodeUnits(a, b)).map(([rule, count]) => ({ rule, count }));
}

/** Earlier versions of a vacancy replaced by a later file of the same office (repeated snapshots). */
const supersededOf = (result: IngestResult, source: string) =>
  result.issues.reduce((n, issue) => n + (issue.type === 'file/superseded-versions' && issue.source === source ? issue.rows : 0), 0);

/**
 * The data-quality report per publishing office, in source order: rows received = published + merged + superseded +
 * rejected (merged: the same vacancy again in one file or from another office), rejections per rule, the fill rate of
 * each optional contract field, the share with pay and the share whose occupation was guessed from the title.
 */
export function officeQuality(result: IngestResult): OfficeQuality[] {
  const bySource = Map.groupBy(result.vacancies, (v) => v.source);
  return [...result.sources].sort((a, b) => compareCodeUnits(a.source, b.source)).map((summary) => {
    const mine: readonly Vacancy[] = bySource.get(summary.source) ?? [];
    const values = mine as unknown as readonly Record<string, unknown>[];
    const superseded = supersededOf(result, summary.source);
    const count = (test: (v: Vacancy) => boolean) => mine.filter(test).length;
    return {
      source: summary.source, name: summary.name, received: summary.read, published: summary.accepted, open: summary.open,
      merged: summary.duplicates - superseded, superseded, rejected: summary.rejected, byRule: rejectedByRule(result, summary.source),
      payShare: shareOf(count((v) => v.salary_min !== undefined || v.salary_max !== undefined), mine.length),
      occupationGuessedShare: shareOf(count((v) => v.inferred?.includes('occupation_code') === true), mine.length),
      filled: optionalFields.map((field) => ({ field, share: shareOf(values.filter((v) => isFilled(v[field])).length, mine.length) })),
    };
  });
}

/** One office as a row of the quality file: rules as `type:count` joined by `;`, shares as numbers, empty when nothing was published. */
export function qualityRow(office: OfficeQuality): Record<string, string | number | undefined> {
  return {
    source: office.source, office_name: office.name, rows_received: office.received, published: office.published, open: office.open,
    merged: office.merged, superseded: office.superseded, rejected: office.rejected,
    rejected_by_rule: office.byRule.map(({ rule, count }) => `${rule}:${count}`).join(';'),
    pay_share: office.payShare, occupation_guessed_share: office.occupationGuessedShare,
    ...Object.fromEntries(office.filled.map(({ field, share }) => [fillColumn(field), share])),
  };
}

const f = (name: string, type: string, description: string, extra: Record<string, unknown> = {}) => ({ name, type, description, ...extra });
const share = (name: string, description: string) => f(name, 'number', description, { constraints: { minimum: 0, maximum: 1 } });
const count = (name: string, description: string) => f(name, 'integer', description, { constraints: { required: true, minimum: 0 } });

/** The Table Schema of the quality file, one row per office; the fill-rate columns follow the zod schema's optional fields. */
export function qualityTableSchema(): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: [
      f('source', 'string', 'Kode kantor pelapor / Publishing office code', { constraints: { required: true } }),
      f('office_name', 'string', 'Nama kantor / Office name', { constraints: { required: true } }),
      count('rows_received', 'Baris diterima = published + merged + superseded + rejected / Rows received'),
      count('published', 'Lowongan terbit / Vacancies published'),
      count('open', 'Lowongan terbit yang masih dibuka / Published vacancies still open'),
      count('merged', 'Baris digabung: lowongan yang sama lagi, di berkas yang sama atau dari kantor lain / Rows merged as duplicates'),
      count('superseded', 'Versi lama yang diganti berkas yang lebih baru / Earlier versions replaced by a later file'),
      count('rejected', 'Baris ditolak / Rows rejected'),
      f('rejected_by_rule', 'string', 'Baris (atau berkas) ditolak per aturan, jenis:jumlah dipisah ";" / Rows (or files) rejected per rule, type:count separated by ";"'),
      share('pay_share', 'Bagian lowongan terbit yang mencantumkan gaji / Share of published vacancies reporting pay'),
      share('occupation_guessed_share', 'Bagian lowongan terbit yang jabatannya ditebak dari judul / Share whose occupation was guessed from the title'),
      ...optionalFields.map((field) => share(fillColumn(field), `Bagian lowongan terbit dengan ${field} terisi / Share of published vacancies with ${field} filled`)),
    ],
    primaryKey: ['source'], missingValues: [''],
  };
}
