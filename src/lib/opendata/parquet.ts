import type { parquetWriteBuffer } from 'hyparquet-writer';
import type { OpenDataRow } from './openDataRows';
import type { OpenDataField } from './openDataSchema';

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];
type Cell = string | number | bigint | boolean | null;

/** A column's Parquet type and how a cell becomes its value: integers as INT64, dates as DATE (days since 1970), lists as text joined by `;` like the CSV (an empty list is null). */
function columnOf(field: OpenDataField): { element: SchemaElement; value: (cell: OpenDataRow[string]) => Cell } {
  const base = { name: field.name, repetition_type: 'OPTIONAL' } as const;
  if (field.type === 'integer') return { element: { ...base, type: 'INT64' }, value: (cell) => (cell === undefined ? null : BigInt(cell as number)) };
  if (field.type === 'boolean') return { element: { ...base, type: 'BOOLEAN' }, value: (cell) => (cell === undefined ? null : (cell as boolean)) };
  if (field.format === 'date') return { element: { ...base, type: 'INT32', converted_type: 'DATE' }, value: (cell) => (cell === undefined ? null : Date.parse(`${cell as string}T00:00:00Z`) / 86_400_000) };
  return {
    element: { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' },
    value: (cell) => (cell === undefined || (Array.isArray(cell) && cell.length === 0) ? null : Array.isArray(cell) ? cell.join(';') : String(cell)),
  };
}

/** What hyparquet-writer's `parquetWriteBuffer` needs to write the rows as a Parquet file (Snappy): one typed column per open-data column, the exact values without CSV escaping. Plain data, so a helper thread can write it (packing.ts). */
export function parquetJob(fields: readonly OpenDataField[], rows: readonly OpenDataRow[]): Parameters<typeof parquetWriteBuffer>[0] {
  const columns = fields.map(columnOf);
  return {
    schema: [{ name: 'root', num_children: fields.length }, ...columns.map((c) => c.element)],
    columnData: fields.map((field, index) => ({ name: field.name, data: rows.map((row) => columns[index]!.value(row[field.name])) })),
    createdBy: 'Loker Terbuka (hyparquet-writer)',
  };
}
