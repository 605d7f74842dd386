import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeChunks } from '../../src/lib/writeChunks';
import { tempDir } from '../tempDir';

describe('writeChunks and jsonPieces', () => {
  it('write the bytes JSON.stringify gives, long arrays item by item, over many chunks', () => {
    const value = {
      asOf: '2026-12-01', skipped: undefined, nothing: null, f: () => 1,
      vacancies: Array.from({ length: 30_000 }, (_, i) => ({ slug: `s-${i}`, title: `Perawat "${i}" ✓`, gone: undefined, pay: i % 3 ? i : null })),
      holes: Array.from({ length: 1500 }, (_, i) => (i % 2 ? undefined : i)), empty: [], nested: { a: [1, { b: undefined }] }, last: 'x',
    };
    const file = path.join(tempDir('chunks'), 'out.json');
    writeChunks(file, jsonPieces(value));
    expect(fs.statSync(file).size).toBeGreaterThan(1 << 20);
    expect(fs.readFileSync(file, 'utf8')).toBe(JSON.stringify(value));
    for (const plain of [[], {}, 'text', 3, null, [undefined]]) expect([...jsonPieces(plain)].join('')).toBe(JSON.stringify(plain));
  });
});
