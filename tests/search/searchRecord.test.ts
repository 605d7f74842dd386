import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../src/lib/search/mergeSorted';
import { educationBand, payBand, postedBands } from '../../src/lib/search/searchBands';
import { searchSorts } from '../../src/lib/search/searchRecord';
import { assignShards } from '../../src/lib/search/searchShards';
import { parseState, stateToQuery } from '../../src/lib/search/searchState';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';

describe('search bands and sort keys', () => {
  it('bands pay by the top of the range, and says when no pay is given', () => {
    expect(payBand({ salary_min: 2_500_000 })).toBe('kurang-3jt');
    expect(payBand({ salary_min: 3_000_000, salary_max: 4_999_999 })).toBe('3-5jt');
    expect(payBand({ salary_min: 4_000_000, salary_max: 10_000_000 })).toBe('5-10jt');
    expect(payBand({ salary_max: 10_000_001 })).toBe('lebih-10jt');
    expect(payBand({})).toBe('tidak-dicantumkan');
  });

  it('bands education and posting date relative to the data date, so builds stay deterministic', () => {
    expect(educationBand({ education_min: 'smk' })).toBe('sma-smk');
    expect(educationBand({})).toBe('tidak-dicantumkan');
    expect(postedBands('2026-11-21', '2026-11-28')).toEqual(['7-hari', '30-hari']);
    expect(postedBands('2026-11-20', '2026-11-28')).toEqual(['30-hari']);
    expect(postedBands('2026-10-01', '2026-11-28')).toEqual([]);
  });

  it('gives every vacancy all three sort keys as strings that sort lexically, 0000000000 when pay is not given', () => {
    const v = { date_posted: '2026-11-01', valid_through: '2026-12-31', salary_min: 5_000_000 } as Vacancy;
    expect(searchSorts(v)).toEqual({ posted: '2026-11-01', closes: '2026-12-31', pay: '0005000000' });
    expect(searchSorts({ ...v, salary_min: undefined }).pay).toBe('0000000000');
  });

  it('puts each province in its own shard and nationwide and overseas vacancies in one more, leaving closed ones out', () => {
    const v = (slug: string, province_code: string | undefined, is_open = true) => ({ slug, province_code, is_open });
    expect(assignShards([v('a', '32'), v('b', undefined), v('c', '12'), v('d', '32', false)])).toEqual({
      'provinsi-12': ['c'], 'provinsi-32': ['a'], 'nasional-luar-negeri': ['b'],
    });
  });
});

describe('search state in the URL', () => {
  it('round-trips a full state in a fixed key order, leaving out defaults', () => {
    const query = '?q=perawat&provinsi=jawa-barat&kabkota=kota-bandung&gaji=5-10jt&disabilitas=ya&urut=gaji&hal=3';
    expect(stateToQuery(parseState(query))).toBe(query);
    expect(stateToQuery(parseState('?urut=relevansi&q=sopir&hal=1'))).toBe('?q=sopir');
    expect(stateToQuery(parseState('?urut=terbaru'))).toBe('');
  });

  it('drops unknown keys and malformed values', () => {
    expect(parseState('?hal=-2&urut=acak&foo=bar&jenis=')).toEqual({ q: '', filters: {}, urut: undefined, hal: 1 });
  });
});

describe('merging sorted shards', () => {
  it('merges lists already in order into one order, loading few keys', async () => {
    const loaded: string[] = [];
    const list = (items: string[]) => ({ items, key: async (k: string) => (loaded.push(k), k) });
    const page = await mergeSorted([list(['2026-11-27', '2026-11-18']), list(['2026-11-21']), list([])], 'desc', 1, 2);
    expect(page).toEqual(['2026-11-21', '2026-11-18']);
    expect(loaded.length).toBeLessThanOrEqual(4);
  });
});
