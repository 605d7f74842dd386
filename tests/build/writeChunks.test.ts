import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonLines } from '../../src/lib/readLines';
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

  it('with lines, put each item of a long array on its own line, and read back as the same value without a whole-file string', () => {
    const vacancies = Array.from({ length: 3_000 }, (_, i) => ({ slug: `s-${i}`, title: `Perawat "${i}" ✓\n[${i}]`, tags: i % 2 ? [] : ['a', ']'], gone: undefined }));
    const value = { asOf: '2026-12-01', 'odd "key":[': [1], vacancies, short: [1, 2], regencies: Array.from({ length: 1_001 }, (_, i) => [i, `r${i},`]), site: { sample: true } };
    const file = path.join(tempDir('chunk-lines'), 'site-data.json');
    writeChunks(file, jsonPieces(value, { lines: true }));
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\n')).toHaveLength(3_000 + 1_001 + 3);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(readJsonLines(file)).toEqual(JSON.parse(JSON.stringify(value)));
    const root = path.join(path.dirname(file), 'root.json');
    writeChunks(root, jsonPieces(vacancies, { lines: true }));
    expect(readJsonLines(root)).toEqual(JSON.parse(JSON.stringify(vacancies)));
    // A file written in one line (an older build's) reads as JSON.parse reads it; a cut one fails as JSON.parse does.
    fs.writeFileSync(root, JSON.stringify(value));
    expect(readJsonLines(root)).toEqual(JSON.parse(JSON.stringify(value)));
    fs.writeFileSync(root, text.slice(0, text.length / 2));
    expect(() => readJsonLines(root)).toThrow(SyntaxError);
  });
});

