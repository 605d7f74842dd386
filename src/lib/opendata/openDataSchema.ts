import { z } from 'zod';
import { publishedVacancySchema } from '../schema/publishedVacancy';

const label = (description: string, descriptionEn: string) => z.string().optional().meta({ description, descriptionEn });

/** The name beside each code in the open data, so a reader needs no lookup table: code field → its label field. */
const LABEL_FIELDS = {
  occupation_code: ['occupation_title', label('Nama jabatan KBJI 2014 untuk occupation_code.', 'KBJI 2014 title of occupation_code.')],
  employer_sector: ['employer_sector_name', label('Nama kategori KBLI 2020.', 'KBLI 2020 section name.')],
  occupation_unit: ['occupation_unit_title', label('Nama golongan jabatan KBJI 2014 (4 angka).', 'KBJI 2014 unit group title.')],
  province_code: ['province_name', label('Nama provinsi (idn-area-data).', 'Province name (idn-area-data).')],
  regency_code: ['regency_name', label('Nama kabupaten/kota (idn-area-data).', 'Kabupaten/kota name (idn-area-data).')],
} as const;

const published = publishedVacancySchema.shape;
type PublishedField = keyof typeof published;

/** Every column of the open-data files, in file order: each published field, its label right after its code. */
export const openDataFieldNames: readonly string[] = (Object.keys(published) as PublishedField[]).flatMap((name) => {
  const labelField = LABEL_FIELDS[name as keyof typeof LABEL_FIELDS];
  return labelField ? [name, labelField[0]] : [name];
});

/** One row of the open-data files: the published vacancy (src/lib/schema) plus the name of each code; the one schema the files, datapackage.json and the dictionary derive from. */
export const openDataSchema = publishedVacancySchema.extend(
  Object.fromEntries(Object.values(LABEL_FIELDS).map(([name, schema]) => [name, schema])),
);

/** The label field written beside a code field, if it has one. */
export const labelFieldOf = (field: string): string | undefined => LABEL_FIELDS[field as keyof typeof LABEL_FIELDS]?.[0];

/** What the schema says about one column: JSON type, item type of a list, format, accepted values, and the field meta. */
export interface OpenDataField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  items?: string;
  format?: string;
  values?: readonly string[];
  required: boolean;
  description: string;
  descriptionEn: string;
  example?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

interface JsonProperty {
  type?: OpenDataField['type'];
  items?: { type?: string };
  format?: string;
  enum?: string[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** Every column as the zod schema describes it (its output JSON Schema plus the field meta), in file order. */
export function openDataFields(): OpenDataField[] {
  const json = z.toJSONSchema(openDataSchema, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, JsonProperty>; required?: string[] };
  const shape = openDataSchema.shape as Record<string, z.ZodType>;
  return openDataFieldNames.map((name) => {
    const p = json.properties[name]!;
    const meta = shape[name]!.meta() ?? {};
    return {
      name, type: p.type ?? 'string', items: p.items?.type, format: p.format, values: p.enum, required: json.required?.includes(name) ?? false,
      description: meta.description ?? '', descriptionEn: meta.descriptionEn ?? '', example: meta.example,
      maxLength: p.maxLength, minimum: p.minimum, maximum: p.maximum, pattern: p.pattern,
    };
  });
}
