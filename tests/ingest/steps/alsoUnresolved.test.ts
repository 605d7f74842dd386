import { describe, expect, it } from 'vitest';
import { alsoUnresolved } from '../../../src/lib/ingest/steps/alsoUnresolved';
import { validateRow } from '../../../src/lib/ingest/steps/validateRow';
import { references } from './references';
import { place, texts } from './texts';

const at = { ...place, line: 7 };
const row = { id: 'A-1', title: 'Kasir', occupation_code: '9999', openings: '1', region: 'Central Jakartaa', employment_type: 'kontrak', description: 'Melayani.', date_posted: '2026-11-01', valid_through: '2026-12-31', apply_email: 'hrd@maju.co.id' };

describe('alsoUnresolved (every problem of a row at once)', () => {
  it('adds the unknown place and occupation of a row validation rejects for a missing employer', () => {
    const checked = validateRow(row, at);
    if (checked.ok) throw new Error('expected the row without employer to be rejected');
    const all = [...checked.issues, ...alsoUnresolved(row, checked.issues, references(), at)];
    expect(all.map((i) => [i.type, i.field])).toEqual([['row/required', 'employer_name'], ['row/unknown-occupation', 'occupation_code'], ['row/unknown-region', 'region']]);
    expect(texts(all.slice(1))).toMatchInlineSnapshot(`
      [
        "Kode jabatan "9999" tidak ada dalam KBJI 2014. Periksa kode golongan empat angka di data/reference/kbji-2014.csv.",
        "Wilayah "Central Jakartaa" tidak ditemukan. Tulis nama kabupaten/kota (Kota Bandung), provinsi, atau kode Kemendagri (32.73). Untuk kerja jarak jauh, tulis wilayah kantor atau "Seluruh Indonesia" dan isi work_mode remote.",
      ]
    `);
  });

  it('reports no cell twice and nothing when the rest resolves', () => {
    const checked = validateRow({ ...row, occupation_code: 'x' }, at);
    if (checked.ok) throw new Error('expected rejection');
    expect(alsoUnresolved({ ...row, occupation_code: 'x' }, checked.issues, references(), at).map((i) => i.field)).toEqual(['region']);
    expect(alsoUnresolved({ ...row, occupation_code: '5230', region: 'Kota Bandung' }, checked.issues, references(), at)).toEqual([]);
  });
});
