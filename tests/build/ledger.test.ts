import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, readLedger, writeLedger } from '../../src/lib/history/ledger';
import { tempDir } from '../tempDir';

const header = LEDGER_COLUMNS.join(',');
const messageOf = (run: () => unknown, file: string) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message.replaceAll(file, '<ledger>');
  }
  return 'no error';
};

describe('the history ledger file', () => {
  it('is an empty history when the file is missing', () => {
    expect(readLedger(path.join(tempDir('ledger'), 'ledger.csv'))).toBeUndefined();
  });

  it('reads back what it wrote, rows sorted by address', () => {
    const file = path.join(tempDir('ledger'), 'ledger.csv');
    const row = { source: 'a', id: 'X', recorded_on: '2026-12-01', first_published: '2026-11-20', last_changed: '2026-11-20', content_hash: '0123456789abcdef' };
    writeLedger(file, new Map([['a-y', { ...row, slug: 'a-y', withdrawn_on: '2026-12-02' }], ['a-x', { ...row, slug: 'a-x' }]]));
    expect(fs.readFileSync(file, 'utf8').split('\n')[1]).toBe('a-x,a,X,2026-12-01,2026-11-20,2026-11-20,0123456789abcdef,,,');
    expect([...readLedger(file)!.keys()]).toEqual(['a-x', 'a-y']);
  });

  it('stops with a message naming the line and column of a corrupt row, never starting the history again', () => {
    const file = path.join(tempDir('ledger'), 'ledger.csv');
    fs.writeFileSync(file, `${header}\na-x,a,X,2026-12-01,kemarin,2026-11-20,0123456789abcdef,,,\n`);
    expect(messageOf(() => readLedger(file), file)).toMatchInlineSnapshot(`"Buku besar riwayat rusak (<ledger>): baris 2, kolom "first_published": Invalid ISO date. Perbaiki berkasnya, atau hapus untuk memulai riwayat baru. / History ledger corrupt (<ledger>): fix it, or delete it to start a new history."`);
    fs.writeFileSync(file, 'slug,source\na-x,a\n');
    expect(() => readLedger(file)).toThrow(/^Buku besar riwayat rusak .*kolom "slug,source", seharusnya/);
  });
});
