import buffer from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachLine } from '../../src/lib/readLines';
import { tempDir } from '../tempDir';

const linesOf = (file: string) => {
  const lines: [string, number][] = [];
  forEachLine(file, (line, index) => lines.push([line, index]));
  return lines;
};

describe('reading a file line by line', () => {
  it('gives every line with its index, across the reading chunks, multi-byte characters whole', () => {
    const file = path.join(tempDir('lines'), 'big.ndjson');
    // Lines of different lengths, each with a 3-byte character, over 12 MB: many lines straddle the 4 MB chunks.
    const expected = Array.from({ length: 60_000 }, (_, i) => `{"slug":"v-${i}","title":"Perawat ✓ ${'x'.repeat(i % 397)}"}`);
    fs.writeFileSync(file, `${expected.join('\n')}\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(12 << 20);
    const lines = linesOf(file);
    expect(lines.map(([line]) => line)).toEqual(expected);
    expect(lines.map(([, index]) => index)).toEqual(expected.map((_, i) => i));
  });

  it('reads a file larger than the longest string Node can hold (as years of archive become)', () => {
    const file = path.join(tempDir('lines-huge'), 'huge.ndjson');
    const line = `${'a'.repeat(1023)}\n`;
    const block = Buffer.from(line.repeat(1024));
    const blocks = Math.ceil(buffer.constants.MAX_STRING_LENGTH / block.length) + 8;
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < blocks; i++) fs.writeSync(fd, block);
    fs.closeSync(fd);
    expect(() => fs.readFileSync(file, 'utf8')).toThrow(/string longer than/);
    let count = 0;
    let wrong = 0;
    forEachLine(file, (text) => {
      count++;
      if (text.length !== 1023) wrong++;
    });
    fs.rmSync(file);
    expect({ count, wrong }).toEqual({ count: blocks * 1024, wrong: 0 });
  }, 120_000);

  it('keeps a last line without a newline, empty lines between, and reads an empty file as no line', () => {
    const dir = tempDir('lines-edge');
    fs.writeFileSync(path.join(dir, 'a'), 'satu\n\ndua');
    fs.writeFileSync(path.join(dir, 'b'), '');
    expect(linesOf(path.join(dir, 'a'))).toEqual([['satu', 0], ['', 1], ['dua', 2]]);
    expect(linesOf(path.join(dir, 'b'))).toEqual([]);
  });
});
