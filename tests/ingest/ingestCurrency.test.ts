import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../src/lib/report/renderIssue';
import { expectEveryRowAccountedFor, ingestFixture } from './ingestFixture';

describe('ingest: the currency of pay (ingest-currency)', () => {
  const result = ingestFixture('currency', '2026-11-15');

  it('reads the currency from the pay cells or salary_currency, Rupiah only for a placement in Indonesia written without one', () => {
    expectEveryRowAccountedFor(result);
    expect(result.vacancies.map((v) => `${v.id} ${v.country} ${v.salary_currency ?? '-'} ${v.salary_min ?? '-'} ${v.salary_max ?? '-'}`)).toMatchInlineSnapshot(`
      [
        "C-1 PH PHP 20000 25000",
        "C-10 AE USD 1200 -",
        "C-11 JP IDR 15000000 -",
        "C-2 MY MYR 2000 -",
        "C-3 SG SGD 2500 3000",
        "C-4 TW - - -",
        "C-5 ID IDR 5000000 7000000",
        "C-9 PH PHP 18000 -",
        "M-1 MY MYR 1800 -",
        "M-2 MY SGD 2000 -",
      ]
    `);
  });

  it('takes a mapping default currency where the pay cell names none, and the cell\'s sign over the default', () => {
    expect(result.vacancies.filter((v) => v.source === 'portal-my').map((v) => `${v.id} ${v.salary_currency} ${v.salary_min} ${v.defaulted.join('+')}`))
      .toEqual(['M-1 MYR 1800 country+salary_currency', 'M-2 SGD 2000 country']);
  });

  it('never reads pay abroad with no currency as Rupiah, and rejects signs that disagree or a currency it does not know', () => {
    expect(result.issues.filter((i) => i.type !== 'row/missing-placement-agency').map((i) => `${i.line} ${i.type}: ${renderIssue(i).message}`)).toMatchInlineSnapshot(`
      [
        "5 row/pay-currency-unknown: Gaji "30000" untuk penempatan luar negeri tanpa mata uang tidak diterbitkan (bukan Rupiah secara otomatis). Isi kolom salary_currency (mis. PHP, MYR) atau tulis tandanya di sel gaji (₱ 20.000, RM 2.000).",
        "7 row/currency-conflict: Baris ini menyebut lebih dari satu mata uang gaji (IDR, USD) di kolom gaji dan salary_currency. Tulis gaji dalam satu mata uang dan samakan kolom salary_currency.",
        "8 row/implausible-rupiah: Gaji salary_min "5" terlalu kecil untuk gaji sebulan. Tulis jumlah Rupiah lengkap, mis. 5000000 atau 5 juta (bukan 5).",
        "9 row/invalid-currency: Mata uang salary_currency "Peso emas" tidak dikenal. Tulis kode ISO 4217 tiga huruf (IDR, PHP, MYR, SGD, USD) atau tandanya (Rp, ₱, RM, S$).",
        "10 row/place-abroad-routed: Wilayah "Makati" ada di luar negeri (Filipina); diterbitkan sebagai penempatan luar negeri di Filipina karena kolom country kosong. Isi kolom country dengan PH agar jelas.",
      ]
    `);
  });
});
