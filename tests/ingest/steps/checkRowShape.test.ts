import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/ingest/readTable';
import { rowShapeCheck } from '../../../src/lib/ingest/steps/checkRowShape';
import { place, texts } from './texts';

/** The row-shape issue of each data row of a file. */
function shapes(text: string) {
  const table = readTable(text);
  const check = rowShapeCheck(table);
  return table.rows.map((row) => check(row, { ...place, line: row.line }));
}

describe('rowShapeCheck (row shape)', () => {
  it('passes rows as wide as the header, and rows whose extra cells are empty (trailing separators)', () => {
    expect(shapes('id,title\nA-1,Kasir\nA-2,Kasir,,\n')).toEqual([undefined, undefined]);
  });

  it('rejects a row with more cells than the header, naming the separator', () => {
    const [issue] = shapes('id,title\nA-1,Kasir, Senior\n');
    expect(issue).toMatchObject({ type: 'row/column-count', line: 2, cells: 3, headers: 2, delimiter: ',' });
    expect(texts([issue!])).toMatchInlineSnapshot(`
      [
        "Baris ini punya 3 sel, padahal judul kolom ada 2. Kemungkinan ada pemisah (,) di dalam isi sel tanpa tanda kutip.",
      ]
    `);
  });

  it('rejects the row an unclosed quote swallows, at the line the quote opens', () => {
    const issues = shapes('id,title\nA-1,"Kasir\nA-2,Kasir\n').filter(Boolean);
    expect(issues).toMatchObject([{ type: 'row/malformed', line: 2 }]);
    expect(texts(issues as never)).toMatchInlineSnapshot(`
      [
        "Struktur CSV rusak mulai baris ini (Quoted field unterminated). Biasanya ada tanda kutip (") yang tidak ditutup; baris-baris sesudahnya ikut terbaca sebagai satu sel. Perbaiki tanda kutipnya lalu unggah ulang.",
      ]
    `);
  });
});
