import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileTable } from '../../../src/lib/ingest/steps/readFileTable';
import { tempDir } from '../../tempDir';
import { mapping, place, texts } from './texts';

describe('readFileTable (file checks: reading)', () => {
  it('reads a file into its header and rows', () => {
    const file = path.join(tempDir('read-file'), 'kantor-a.csv');
    fs.writeFileSync(file, 'id;title\nA-1;Kasir\n');
    const result = readFileTable(file, undefined, place);
    expect(result.ok && [result.table.headers, result.table.rows.length, result.table.delimiter]).toEqual([['id', 'title'], 1, ';']);
  });

  it('reports a file that cannot be read, with the system\'s reason', () => {
    const result = readFileTable(path.join(tempDir('read-file'), 'missing.csv'), undefined, place);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ type: 'file/unreadable', severity: 'error', stage: 'read', file: 'vacancies/kantor-a.csv' });
    expect(texts([result.issue])[0]).toMatch(/^Berkas tidak dapat dibaca: ENOENT/);
  });

  it('reports a file its bytes cannot be decoded from, asking for a CSV UTF-8 export', () => {
    const file = path.join(tempDir('read-file'), 'kantor-a.csv');
    fs.writeFileSync(file, 'id\nA-1\n');
    const result = readFileTable(file, { ...mapping(), encoding: 'klingon' }, place);
    expect(!result.ok && result.issue).toMatchObject({ type: 'file/unreadable', stage: 'decode' });
    if (!result.ok) expect(texts([result.issue])).toMatchInlineSnapshot(`
      [
        "Berkas tidak dapat dibaca sebagai teks (Encoding not recognized: 'klingon' (searched as: 'klingon')). Ekspor ulang sebagai CSV UTF-8, atau pecah menjadi beberapa berkas.",
      ]
    `);
  });
});
