import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { writeFixtureOpenData } from './openDataFixture';
import { tableSchemaProblems } from './tableSchemaCheck';

const PROFILES = path.resolve('../shared/validation/frictionless-profiles-2.0');
const hasProfiles = fs.existsSync(PROFILES);
if (!hasProfiles) console.warn(`Skipping Data Package profile validation: ${PROFILES} not found (the shared validation folder sits beside the project).`);

/** A resource's CSV text, gunzipped when the file is gzipped (the per-province files). */
const csvText = (file: string) => (file.endsWith('.gz') ? gunzipSync(fs.readFileSync(file)) : fs.readFileSync(file)).toString('utf8');
const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the generated Data Package', () => {
  const { work } = writeFixtureOpenData();
  const dir = work.openData;
  const pkg = json(path.join(dir, 'datapackage.json')) as { resources: { path: string; schema: string; bytes: number }[] };
  const schemaAt = (file: string) => json(path.join(dir, file)) as unknown as Parameters<typeof tableSchemaProblems>[1];
  const schema = schemaAt('tableschema.json');

  it.skipIf(!hasProfiles)('fits the official Data Package v2 and Table Schema profiles (skipped when ../shared is absent)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addFormat('textarea', true);
    for (const [name, value] of [['datapackage', pkg], ['tableschema', schema], ['tableschema', schemaAt('tableschema-agregat.json')], ['tableschema', schemaAt('tableschema-kualitas.json')]] as const) {
      const validate = ajv.compile(json(path.join(PROFILES, `${name}.json`)));
      expect(validate(value) ? [] : validate.errors, name).toEqual([]);
    }
  });

  it('describes every CSV as a resource with its size and hash, the vacancy files sharing one Table Schema keyed on slug', () => {
    expect(pkg.resources.map((r) => r.path).slice(0, 3)).toEqual(['lowongan-buka.csv', 'lowongan-tutup.csv', 'provinsi/lowongan-buka-11-aceh.csv.gz']);
    expect(pkg.resources.filter((r) => r.path.endsWith('.gz')).every((r) => (r as { compression?: string }).compression === 'gz' && r.path.startsWith('provinsi/'))).toBe(true);
    expect(pkg.resources.every((r) => r.bytes === fs.statSync(path.join(dir, r.path)).size)).toBe(true);
    expect(pkg.resources.filter((r) => r.schema !== 'tableschema.json').map((r) => `${r.path} ${r.schema}`)).toEqual(['permintaan-tenaga-kerja.csv tableschema-agregat.json', 'kualitas-data.csv tableschema-kualitas.json']);
    expect(schema.primaryKey).toEqual(['slug']);
  });

  it('has every CSV fit its Table Schema: header, types, required cells, enums, lengths, ranges, patterns, a unique primary key', () => {
    for (const resource of pkg.resources) expect(tableSchemaProblems(csvText(path.join(dir, resource.path)), schemaAt(resource.schema)), resource.path).toEqual([]);
  });

  it('finds a cell that breaks the Table Schema (the check itself works)', () => {
    const csv = fs.readFileSync(path.join(dir, 'lowongan-buka.csv'), 'utf8').replace(/,onsite,/, ',kantor,');
    expect(tableSchemaProblems(csv, schema)).toEqual([expect.stringMatching(/^row \d+ work_mode: not in enum \(kantor\)$/)]);
  });
});
