import { t } from '../../i18n';
import { currentWorkFolder, readOpenDataManifest } from '../pipeline/workFolder';
import type { OpenDataManifest } from '../pipeline/workFolderSchemas';
import { formatCount } from '../site/format';
import { vacancyTableSchema, type TableField } from './dataPackage';
import { openDataFields } from './openDataSchema';

/** One field of the data dictionary: name, meaning in Indonesian and English, type, accepted values with labels, example, fill rate. */
export interface DictionaryEntry {
  name: string;
  description: string;
  descriptionEn: string;
  type: string;
  required: boolean;
  values: { code: string; label?: string }[];
  example?: string;
  filled: string;
}

/** Labels of the coded values, by field (the site's labels, src/i18n). */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  employment_type: t.labels.employmentType, work_mode: t.labels.workMode, education_min: t.labels.education, gender: t.labels.gender,
  closed_reason: t.labels.closedReason, employer_sector: t.labels.sector, status: t.openData.dictionary.status, region_scope: t.openData.dictionary.regionScope,
};

const percent = new Intl.NumberFormat(t.locale.intl, { style: 'percent', maximumFractionDigits: 1 });
const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The dictionary of this build's snapshot. */
export function dictionaryView(): { manifest: OpenDataManifest; entries: DictionaryEntry[] } {
  const manifest = readOpenDataManifest(currentWorkFolder());
  return { manifest, entries: dictionaryEntries(manifest) };
}

/** Every column of the open-data files, generated from the Table Schema (itself from the zod schema) and the snapshot's fill counts. */
export function dictionaryEntries(manifest: OpenDataManifest): DictionaryEntry[] {
  const fill = new Map(manifest.fields.map((f) => [f.name, f]));
  const meanings = openDataFields();
  const fields = vacancyTableSchema().fields as TableField[];
  return fields.map((field, index) => {
    const { description, descriptionEn, type } = meanings[index]!;
    const constraints = (field.constraints ?? {}) as { required?: boolean; enum?: string[] };
    const counted = fill.get(field.name);
    const rate = manifest.counts.all > 0 ? (counted?.filled ?? 0) / manifest.counts.all : 0;
    const example = counted?.example ?? (field.example as string | undefined);
    return {
      name: field.name, description, descriptionEn, type: type === 'array' ? 'string (a;b;c)' : field.format ? `${field.type} (${String(field.format)})` : field.type,
      required: constraints.required === true,
      values: (constraints.enum ?? []).map((code) => ({ code, label: VALUE_LABELS[field.name]?.[code] })),
      ...(example === undefined ? {} : { example: shorten(example) }),
      filled: `${percent.format(rate)} (${formatCount(counted?.filled ?? 0)})`,
    };
  });
}
