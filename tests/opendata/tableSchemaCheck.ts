import Papa from 'papaparse';

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; maxLength?: number; minimum?: number; maximum?: number; pattern?: string };
}

/** The formula guard's apostrophe is not part of the value (the page says so): a checker compares the value behind it. */
const unescape = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const TYPE_CHECKS: Record<string, (cell: string) => boolean> = {
  string: () => true,
  list: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => /^-?\d+(\.\d+)?$/.test(cell),
  yearmonth: (cell) => /^\d{4}-(0[1-9]|1[0-2])$/.test(cell),
  boolean: (cell) => cell === 'true' || cell === 'false',
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell) && !Number.isNaN(Date.parse(cell)),
};

/** What is wrong with a CSV against a Table Schema: header, each cell's type and constraints, and the primary key, as `row N field: problem` lines (none when it fits). */
export function tableSchemaProblems(csv: string, schema: { fields: Field[]; primaryKey: string[] }): string[] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  const problems = parsed.errors.map((e) => `parse: ${e.message}`);
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(',')) problems.push(`header: ${header.join(',')}`);
  const keys = new Set<string>();
  rows.forEach((row, index) => {
    const at = `row ${index + 2}`;
    schema.fields.forEach((field, column) => {
      const cell = unescape(row[column] ?? '');
      const c = field.constraints ?? {};
      if (cell === '') {
        if (c.required) problems.push(`${at} ${field.name}: required`);
        return;
      }
      if (!TYPE_CHECKS[field.type]!(cell)) problems.push(`${at} ${field.name}: not ${field.type} (${cell})`);
      if (c.enum && !c.enum.includes(cell)) problems.push(`${at} ${field.name}: not in enum (${cell})`);
      if (c.maxLength !== undefined && cell.length > c.maxLength) problems.push(`${at} ${field.name}: longer than ${c.maxLength}`);
      if (c.minimum !== undefined && Number(cell) < c.minimum) problems.push(`${at} ${field.name}: below ${c.minimum}`);
      if (c.maximum !== undefined && Number(cell) > c.maximum) problems.push(`${at} ${field.name}: above ${c.maximum}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) problems.push(`${at} ${field.name}: does not match ${c.pattern}`);
    });
    const key = schema.primaryKey.map((name) => row[names.indexOf(name)]).join('\u0000');
    if (keys.has(key)) problems.push(`${at}: primary key repeated (${key})`);
    keys.add(key);
  });
  return problems;
}
