import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceConfig } from '../../src/lib/ingest/sourceConfig';
import { mappingFailureText } from '../../src/lib/report/mappingProblemText';
import { tempDir } from '../tempDir';

/** Loads a mapping file with this content. */
function load(content: string) {
  const file = path.join(tempDir('mapping'), 'kantor.mapping.json');
  fs.writeFileSync(file, content);
  return loadSourceConfig(file);
}

/** The problems of a mapping file that should be unusable. */
function failureOf(content: string) {
  const result = load(content);
  if (result.ok) throw new Error('expected the mapping to be rejected');
  return result.failure;
}

describe('loadSourceConfig', () => {
  it('gives the empty mapping to an office without a mapping file', () => {
    expect(loadSourceConfig(undefined)).toEqual({ ok: true, config: { columns: {}, defaults: {}, values: {}, placeholders: [], derive: {} } });
  });

  it('reads a mapping file saved with a byte-order mark', () => {
    const result = load(`\uFEFF${JSON.stringify({ name: 'Kantor A', delimiter: ';', columns: { Posisi: 'title' } })}`);
    expect(result).toMatchObject({ ok: true, config: { name: 'Kantor A', delimiter: ';', columns: { Posisi: 'title' } } });
  });

  it('says when the file is not JSON', () => {
    const failure = failureOf('{ "columns": { "Posisi": "title", } }');
    expect(failure.kind).toBe('not-json');
    expect(mappingFailureText(failure).id).toMatch(/^Berkas pemetaan tidak dapat dibaca sebagai JSON \(.+\)\.$/);
  });

  it('names every key to fix, with what the schema accepts there', () => {
    const failure = failureOf(JSON.stringify({ kolom: {}, encoding: 'klingon', delimiter: 'x', columns: { Posisi: 'judul' }, placeholders: 'N/A', derive: { valid_through_days: 0 } }));
    if (failure.kind !== 'invalid') throw new Error('expected schema problems');
    const byPath = Object.fromEntries(failure.problems.map((p) => [p.path, p]));
    expect(byPath).toMatchObject({
      '': { kind: 'unknown-keys', keys: ['kolom'] },
      delimiter: { kind: 'not-allowed', values: [',', ';', '\t', '|'] },
      encoding: { kind: 'unknown-encoding' },
      'columns.Posisi': { kind: 'not-allowed' },
      placeholders: { kind: 'wrong-type', expected: 'array' },
      'derive.valid_through_days': { kind: 'too-small', minimum: 1 },
    });
    const text = mappingFailureText(failure);
    expect(text.id).toContain('placeholders: harus berupa daftar [ … ]');
    expect(text.en).toContain('derive.valid_through_days: must be at least 1');
    expect(text.en).not.toContain('Berkas');
  });
});
