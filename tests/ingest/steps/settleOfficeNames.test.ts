import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/ingest/candidate';
import { settleOfficeNames, type OfficeIngest } from '../../../src/lib/ingest/settleOfficeNames';
import { texts } from './texts';

/** An office entry whose rows got these page addresses. */
const office = (entry: string, slugs: string[]): OfficeIngest => ({
  files: { source: 'disnaker', entry, files: [`/data/vacancies/${entry.endsWith('/') ? `${entry}maret.csv` : entry}`] },
  result: { candidates: slugs.map((slug) => ({ slug }) as Candidate), read: slugs.length, duplicates: 0, rejected: 0, rejectedVacancies: 0, issues: [] },
});

describe('settleOfficeNames', () => {
  it('keeps offices whose names differ untouched', () => {
    const one = office('disnaker/', ['disnaker-1']);
    expect(settleOfficeNames([one], new Set(), '/data')).toEqual({ kept: [one], issues: [] });
  });

  it('keeps the entry named exactly as the office when no page is published, rejecting the other file', () => {
    const result = settleOfficeNames([office('Disnaker.csv', ['disnaker-1']), office('disnaker/', ['disnaker-1'])], new Set(), '/data');
    expect(result.kept.map((o) => o.files.entry)).toEqual(['disnaker/']);
    expect(result.issues).toMatchObject([{ type: 'file/office-name-clash', severity: 'error', source: 'Disnaker.csv', file: 'vacancies/Disnaker.csv', office: 'disnaker', rows: 1 }]);
  });

  it('keeps the entry whose rows own more published pages over the one named exactly', () => {
    const result = settleOfficeNames([office('Disnaker.csv', ['disnaker-1', 'disnaker-2']), office('disnaker/', ['disnaker-1'])], new Set(['disnaker-1', 'disnaker-2']), '/data');
    expect(result.kept.map((o) => o.files.entry)).toEqual(['Disnaker.csv']);
    expect(texts(result.issues)).toMatchInlineSnapshot(`
      [
        ""disnaker/" dan "Disnaker.csv" sama-sama menjadi kantor "disnaker"; yang dipakai "Disnaker.csv" (kantor yang sudah menerbitkan halamannya, atau yang namanya persis "disnaker"). 1 baris berkas ini ditolak dan tidak menggantikan halaman kantor lain. Jika ini kantor yang sama, pindahkan berkasnya ke "Disnaker.csv"; jika lain, beri nama yang berbeda.",
      ]
    `);
  });
});
