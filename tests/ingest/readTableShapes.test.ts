import { describe, expect, it } from 'vitest';
import { binaryKind, decodeBytes, readTable } from '../../src/lib/ingest/readTable';

describe('readTable and decodeBytes: shapes of exported files', () => {
  it('takes the delimiter from an Excel sep= hint line, keeping physical line numbers', () => {
    const table = readTable('sep=;\na;b\n1,5;2\n');
    expect([table.delimiter, table.headers, table.rows]).toEqual([';', ['a', 'b'], [{ line: 3, record: 2, cells: ['1,5', '2'] }]]);
  });

  it('decodes UTF-16 without a byte-order mark, little- or big-endian', () => {
    const le = Buffer.from('id,judul\n1,Café\n', 'utf16le');
    expect(decodeBytes(le)).toEqual({ text: 'id,judul\n1,Café\n', encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.from(le).swap16()).encoding).toBe('utf-16be');
  });

  it('names binary files by their first bytes, and leaves text with a stray control character alone', () => {
    expect(binaryKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('PNG');
    expect(binaryKind(Buffer.from('PK\u0003\u0004rest'))).toBe('ZIP/XLSX');
    expect(binaryKind(Buffer.from('id,judul\n1,Kasir\u0000 Senior\n'))).toBeUndefined();
    expect(binaryKind(Buffer.from('id,judul\n1,Café\n', 'utf16le'))).toBeUndefined();
  });
});
