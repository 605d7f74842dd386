import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectDelimiter, readTable } from '../../src/lib/ingest/readTable';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('reads UTF-8 and strips its byte-order mark, so the first header is not "\\uFEFFid"', () => {
    expect(decodeBytes(utf8('\uFEFFid,judul\n'))).toEqual({ text: 'id,judul\n', encoding: 'utf-8' });
    expect(decodeBytes(utf8('id,judul\n'))).toEqual({ text: 'id,judul\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 files that start with a byte-order mark, little- or big-endian', () => {
    expect(decodeBytes(iconv.encode('\uFEFFjudul\nCafé\n', 'utf-16le'))).toEqual({ text: 'judul\nCafé\n', encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode('\uFEFFjudul\nCafé\n', 'utf-16be'))).toEqual({ text: 'judul\nCafé\n', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (Excel\'s "CSV" on Windows), so "Café" stays "Café"', () => {
    const bytes = iconv.encode('judul;perusahaan\nBarista Café;Kopi Olé\n', 'windows-1252');
    expect(bytes.includes(0xe9)).toBe(true);
    expect(decodeBytes(bytes)).toEqual({ text: 'judul;perusahaan\nBarista Café;Kopi Olé\n', encoding: 'windows-1252', guess: { kind: 'windows-1252', lines: [2] } });
  });

  it('uses the encoding a mapping file names instead of guessing', () => {
    const bytes = iconv.encode('judul\nCafé\n', 'utf-16le'); // no byte-order mark: only the mapping can tell
    expect(decodeBytes(bytes, 'utf-16le')).toEqual({ text: 'judul\nCafé\n', encoding: 'utf-16le' });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'id,judul,gaji\n1,Kasir,"5,5 juta"', ','],
    ['semicolon', 'id;judul;gaji\n1;Kasir;5,5 juta', ';'],
    ['tab', 'id\tjudul\tgaji\n1\tKasir\t5,5 juta', '\t'],
    ['pipe', 'id|judul|gaji\n1|Kasir|5,5 juta', '|'],
  ])('detects a %s-separated file from its header line', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('judges on the header only, so commas inside data cells do not outvote semicolons', () => {
    expect(detectDelimiter('id;judul;gaji\r\n1;Kasir, Pramuniaga, Pelayan;5,5 juta\n')).toBe(';');
  });

  it('ignores separators inside a quoted header and blank lines above the header', () => {
    expect(detectDelimiter('"gaji; per bulan",judul,id\n')).toBe(',');
    expect(detectDelimiter('\n\nid;judul;gaji\n')).toBe(';');
  });
});

describe('readTable', () => {
  it('reads a comma-separated file into a header and rows numbered by file line (header = line 1)', () => {
    expect(readTable('id,judul\nA-1,Kasir\nA-2,Pramuniaga\n')).toEqual({
      headers: ['id', 'judul'],
      headerLine: 1,
      rows: [{ line: 2, record: 2, cells: ['A-1', 'Kasir'] }, { line: 3, record: 3, cells: ['A-2', 'Pramuniaga'] }],
      delimiter: ',',
      encoding: 'utf-8',
      problems: [],
    });
  });

  it('reads semicolon- and tab-separated files, keeping commas inside cells', () => {
    expect(readTable('id;gaji\nA-1;5,5 juta\n').rows).toEqual([{ line: 2, record: 2, cells: ['A-1', '5,5 juta'] }]);
    expect(readTable('id\tgaji\nA-1\t5,5 juta\n').rows).toEqual([{ line: 2, record: 2, cells: ['A-1', '5,5 juta'] }]);
  });

  it('uses the delimiter a mapping file names', () => {
    const table = readTable('id,judul|gaji\nA-1,B|5 juta\n', { delimiter: '|' });
    expect(table.headers).toEqual(['id,judul', 'gaji']);
    expect(table.delimiter).toBe('|');
  });

  it('keeps a quoted multi-line cell in one row and numbers the following rows by their real line', () => {
    const text = 'id,uraian,email\nA-1,"Merawat pasien.\n\n- Shift malam\n- BPJS",a@x.id\nA-2,"Kata ""kutip"" di dalam",b@x.id\nA-3,Satu baris,c@x.id\n';
    expect(readTable(text).rows).toEqual([
      { line: 2, record: 2, cells: ['A-1', 'Merawat pasien.\n\n- Shift malam\n- BPJS', 'a@x.id'] },
      { line: 6, record: 3, cells: ['A-2', 'Kata "kutip" di dalam', 'b@x.id'] },
      { line: 7, record: 4, cells: ['A-3', 'Satu baris', 'c@x.id'] },
    ]);
  });

  it('reads CRLF files and files mixing CRLF, LF and CR line endings into the right rows and lines', () => {
    expect(readTable('id,judul\r\nA-1,Kasir\r\nA-2,"dua\r\nbaris"\r\nA-3,Pelayan\r\n').rows).toEqual([
      { line: 2, record: 2, cells: ['A-1', 'Kasir'] },
      { line: 3, record: 3, cells: ['A-2', 'dua\nbaris'] },
      { line: 5, record: 4, cells: ['A-3', 'Pelayan'] },
    ]);
    expect(readTable('id,judul\r\nA-1,Kasir\nA-2,Pramuniaga\rA-3,Pelayan\r\n').rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'A-1'], [3, 'A-2'], [4, 'A-3'],
    ]);
  });

  it('skips blank lines, and lines of only spaces or separators, while counting them in line numbers', () => {
    const table = readTable('\n\nid,judul\n\nA-1,Kasir\n   \n , \nA-2,Pramuniaga\n\n');
    expect(table.headers).toEqual(['id', 'judul']);
    expect(table.rows).toEqual([{ line: 5, record: 5, cells: ['A-1', 'Kasir'] }, { line: 8, record: 8, cells: ['A-2', 'Pramuniaga'] }]);
  });

  it('trims cells, including non-breaking and narrow no-break spaces', () => {
    expect(readTable(' id , judul\n\u00a0A-1\u00a0,\u202fKasir  \n').rows[0].cells).toEqual(['A-1', 'Kasir']);
    expect(readTable(' id , judul\n').headers).toEqual(['id', 'judul']);
  });

  it('keeps every cell of a row longer than the header, for the column count check', () => {
    expect(readTable('id,judul\nA-1,Kasir,PT Maju, Tbk\n').rows[0].cells).toEqual(['A-1', 'Kasir', 'PT Maju', 'Tbk']);
  });

  it('reports an unterminated quote with the line its row starts on', () => {
    const table = readTable('id,uraian\nA-1,baik\nA-2,"kutip tidak ditutup\nA-3,hilang\n');
    expect(table.problems).toEqual([{ line: 3, message: 'Quoted field unterminated' }]);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('gives an empty file no header and no rows', () => {
    expect(readTable('')).toMatchObject({ headers: [], rows: [], problems: [] });
    expect(readTable('\n\n')).toMatchObject({ headers: [], rows: [] });
  });
});
