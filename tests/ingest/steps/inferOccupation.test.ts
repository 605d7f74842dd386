import { describe, expect, it } from 'vitest';
import { explainUninferred, inferOccupation } from '../../../src/lib/ingest/steps/inferOccupation';
import type { Issue } from '../../../src/lib/issues/issue';
import { references } from './references';
import { mapping, place, texts } from './texts';

const guessing = mapping({ derive: { occupation_from_title: true } });

describe('inferOccupation (infer)', () => {
  it('guesses an empty occupation_code from the title when the mapping asks, marking it inferred', () => {
    const mapped = { row: { title: 'Perawat Lansia' } as Record<string, string | undefined>, inferred: [] as string[] };
    expect(inferOccupation(mapped, guessing, references().occupations)).toEqual([]);
    expect(mapped).toEqual({ row: { title: 'Perawat Lansia', occupation_code: '5322' }, inferred: ['occupation_code'] });
  });

  it('leaves a written code, and every row of a mapping that does not ask, as they are', () => {
    const written = { row: { title: 'Perawat Lansia', occupation_code: '2221' }, inferred: [] };
    inferOccupation(written, guessing, references().occupations);
    expect(written.row.occupation_code).toBe('2221');
    const notAsked = { row: { title: 'Perawat Lansia' } as Record<string, string | undefined>, inferred: [] };
    inferOccupation(notAsked, mapping(), references().occupations);
    expect(notAsked.row.occupation_code).toBeUndefined();
  });

  it('refuses a weak guess: no code, and the three best candidates for the report', () => {
    for (const title of ['Commercial Cookery', 'Engineering hotel']) {
      const mapped = { row: { title } as Record<string, string | undefined>, inferred: [] as string[] };
      const candidates = inferOccupation(mapped, guessing, references().occupations);
      expect(mapped, title).toEqual({ row: { title }, inferred: [] });
      expect(candidates, title).toHaveLength(3);
    }
    const cookery = { row: { title: 'Commercial Cookery' } as Record<string, string | undefined>, inferred: [] as string[] };
    expect(inferOccupation(cookery, guessing, references().occupations)).toContain('5120 Juru Masak');
  });

  it('says the title could not be read instead of "required" when guessing failed', () => {
    const required: Issue = { type: 'row/required', severity: 'error', ...place, line: 3, field: 'occupation_code' };
    const [issue] = explainUninferred([required], { title: 'Penjinak Naga' }, guessing, []);
    expect(issue).toEqual({ type: 'row/occupation-not-inferred', severity: 'error', ...place, line: 3, field: 'occupation_code', value: 'Penjinak Naga', candidates: [] });
    expect(texts([issue])).toMatchInlineSnapshot(`
      [
        "Kode jabatan kosong dan tidak dapat ditebak dari judul "Penjinak Naga". Isi kode KBJI 2014 empat angka.",
      ]
    `);
    expect(explainUninferred([required], { title: 'Penjinak Naga' }, mapping(), [])).toEqual([required]);
  });
});
