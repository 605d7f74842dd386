import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { writeFixtureOpenData } from './openDataFixture';

/** The DuckDB type of each Table Schema type, for reading the CSV the way the schema says (codes like `11.10` stay text). */
const DUCK_TYPES: Record<string, string> = { string: 'VARCHAR', integer: 'BIGINT', boolean: 'BOOLEAN', date: 'DATE' };

/** A value as JSON Lines writes it: BIGINT as a number, DATE as YYYY-MM-DD, a `;` list as an array, the CSV formula guard removed. */
function asJson(value: unknown, list: boolean, fromCsv: boolean): unknown {
  if (value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && 'toString' in value && !Array.isArray(value)) return String(value);
  if (typeof value !== 'string') return value;
  if (list) return value.split(';').map((item) => (fromCsv ? item.replace(/^'(?=[=+\-@\t\r])/, '') : item));
  return fromCsv ? value.replace(/^'(?=[=+\-@\t\r])/, '') : value;
}

describe('a researcher reading the open data with DuckDB', () => {
  const { work } = writeFixtureOpenData();
  const dir = work.openData;
  const schema = JSON.parse(fs.readFileSync(path.join(dir, 'tableschema.json'), 'utf8')) as { fields: { name: string; type: string; description: string }[] };
  const lists = new Set(schema.fields.filter((f) => f.description.includes('list separated by')).map((f) => f.name));
  // An empty list and no list are both an empty cell in CSV and Parquet.
  const expected = gunzipSync(fs.readFileSync(path.join(dir, 'lowongan-buka.jsonl.gz'))).toString('utf8').trimEnd().split('\n')
    .map((line) => Object.fromEntries(Object.entries(JSON.parse(line) as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) && v.length === 0 ? null : v])));

  async function rows(sql: string, fromCsv: boolean) {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const result = await connection.runAndReadAll(sql);
    const read = result.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asJson(v, lists.has(k), fromCsv)])));
    const types = Object.fromEntries(result.columnNames().map((name, i) => [name, result.columnType(i).toString()]));
    connection.closeSync();
    return { read, types };
  }

  it('gets the same rows and values from the CSV, read with the Table Schema types, as from the JSON Lines', async () => {
    const types = schema.fields.map((f) => `'${f.name}': '${DUCK_TYPES[f.type]}'`).join(', ');
    const { read } = await rows(`SELECT * FROM read_csv('${path.join(dir, 'lowongan-buka.csv')}', header = true, types = {${types}}) ORDER BY slug`, true);
    expect(read).toHaveLength(expected.length);
    expect(read).toEqual(expected);
  });

  it('gets the same rows and values from the Parquet as from the JSON Lines, with integers, booleans and dates typed', async () => {
    const { read, types } = await rows(`SELECT * FROM '${path.join(dir, 'lowongan-buka.parquet')}' ORDER BY slug`, false);
    expect(read).toEqual(expected);
    expect({ openings: types.openings, is_open: types.is_open, date_posted: types.date_posted, province_code: types.province_code })
      .toEqual({ openings: 'BIGINT', is_open: 'BOOLEAN', date_posted: 'DATE', province_code: 'VARCHAR' });
  });

  it('reads the gzipped per-province CSVs as they are published, together the same rows as the JSON Lines placed in a province', async () => {
    const types = schema.fields.map((f) => `'${f.name}': '${DUCK_TYPES[f.type]}'`).join(', ');
    const files = fs.readdirSync(path.join(dir, 'provinsi')).filter((file) => file.endsWith('.csv.gz')).map((file) => `'${path.join(dir, 'provinsi', file)}'`);
    expect(files).toHaveLength(38);
    const { read } = await rows(`SELECT * FROM read_csv([${files.join(', ')}], header = true, types = {${types}}) ORDER BY slug`, true);
    const inProvinces = expected.filter((row) => row.province_code !== null);
    expect(inProvinces.length).toBeGreaterThan(0);
    expect(read).toEqual(inProvinces);
  });
});
