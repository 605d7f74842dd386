import { describe, expect, it } from 'vitest';
import { educationBand, payBand, payOrderValue, postedBands } from '../../src/lib/search/searchBands';
import { searchFilters, searchSorts } from '../../src/lib/search/build/searchRecord';
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

  it('gives every vacancy the newest-first sort key, and closing date and pay as order values that sort lexically', () => {
    const v = { date_posted: '2026-11-01', valid_through: '2026-12-31', salary_min: 5_000_000, occupation_unit: '2221', employment_type: 'full_time' } as Vacancy;
    expect(searchSorts(v)).toEqual({ posted: '2026-11-01' });
    const filters = searchFilters(v, { window: { since: '2026-11-28' } });
    expect(filters.tutup).toEqual(['2026-12-31']);
    expect(filters.upah).toEqual(['000005000000']);
    expect(searchFilters({ ...v, salary_min: undefined }, { window: { since: '2026-11-28' } }).upah).toEqual(['000000000000']);
    expect(payOrderValue({ salary_min: 4_000_000, salary_max: 12_500_000 })).toBe('000012500000');
    // The largest pay the schema accepts still sorts above Rp 2 billion.
    expect(payOrderValue({ salary_max: 10_000_000_000 }) > payOrderValue({ salary_max: 2_000_000_000 })).toBe(true);
  });

  it('puts each province in its own scope and nationwide and overseas vacancies in one more, leaving closed ones out', () => {
    const v = (slug: string, province_code: string | undefined, is_open = true) => ({ slug, province_code, is_open, date_posted: '2026-11-01', valid_through: '2026-12-31' });
    const plan = assignShards([v('a', '32'), v('b', undefined), v('c', '12'), { ...v('d', '32', false), closed_reason: 'filled' as const }], '2026-11-28');
    expect(plan.scopes).toEqual({ 'provinsi-12': ['provinsi-12'], 'provinsi-32': ['provinsi-32'], 'nasional-luar-negeri': ['nasional-luar-negeri'], semua: ['semua'] });
    expect(plan.shards).toEqual({ 'provinsi-12': ['c'], 'provinsi-32': ['a'], 'nasional-luar-negeri': ['b'], semua: ['a', 'b', 'c'] });
  });

  it('keeps the vacancies closed by date since the newest posting in the index, so a later day\'s build of the same data cuts the same shards', () => {
    const v = (slug: string, date_posted: string, valid_through: string, closed_reason?: 'expired' | 'filled') =>
      ({ slug, province_code: '32', is_open: !closed_reason, closed_reason, date_posted, valid_through });
    // The newest posting is of Tuesday 2026-11-24: the week's vacancies are cut as of that day, the older ones as of its Monday.
    const vacancies = [v('a', '2026-11-24', '2026-12-31'), v('b', '2026-11-01', '2026-11-25', 'expired'), v('c', '2026-11-02', '2026-11-23', 'expired'),
      v('d', '2026-11-03', '2026-11-22', 'expired'), v('e', '2026-11-04', '2026-11-25', 'filled'), v('g', '2026-11-23', '2026-11-23', 'expired')];
    const plan = assignShards(vacancies, '2026-11-26');
    expect(plan).toMatchObject({ since: '2026-11-24', base: '2026-11-23' });
    expect(plan.scopes.semua).toEqual(['semua', 'semua-lama']);
    expect(plan.shards.semua).toEqual(['a']);
    expect(plan.shards['semua-lama']).toEqual(['c', 'b']);
    expect(assignShards(vacancies, '2026-11-29')).toEqual(plan);
    // A new posting in the same week moves the week's cut to its day and leaves the older vacancies' shard as it was.
    const update = assignShards([...vacancies, v('f', '2026-11-26', '2026-12-26')], '2026-11-26');
    expect(update.since).toBe('2026-11-26');
    expect(update.shards.semua).toEqual(['f', 'a']);
    expect(update.shards['semua-lama']).toEqual(plan.shards['semua-lama']);
    // One in the next week cuts the older ones again as of its Monday: the previous week's join them, those closed by then leave.
    const nextWeek = assignShards([...vacancies, v('h', '2026-11-30', '2026-12-26')], '2026-11-30');
    expect(nextWeek).toMatchObject({ since: '2026-11-30', base: '2026-11-30' });
    expect(nextWeek.scopes.semua).toEqual(['semua', 'semua-lama']);
    expect(nextWeek.shards.semua).toEqual(['h']);
    expect(nextWeek.shards['semua-lama']).toEqual(['a']);
  });

  it('cuts a large scope into parts newest first, the week\'s before the older ones, so a newest-first search can stop after the first', () => {
    const v = (slug: string, date_posted: string, province_code = '32', is_open = true) =>
      ({ slug, province_code, is_open, closed_reason: is_open ? undefined : 'filled' as const, date_posted, valid_through: '2026-12-31' });
    // The newest posting, of Friday 2026-11-27 (d, filled), cuts the week from Monday 2026-11-23.
    const vacancies = [v('a', '2026-11-01'), v('b', '2026-11-20'), v('c', '2026-11-05'), v('d', '2026-11-27', '32', false), v('e', '2026-11-20'), v('f', '2026-10-30', '12'),
      v('g', '2026-11-24'), v('h', '2026-11-23'), v('i', '2026-11-25', '12')];
    const plan = assignShards(vacancies, '2026-11-28', 2);
    // Same day: by slug, so two builds cut the same parts.
    expect(plan.scopes.semua).toEqual(['semua-1', 'semua-2', 'semua-lama-1', 'semua-lama-2', 'semua-lama-3']);
    expect(plan.scopes.semua!.map((name) => plan.shards[name])).toEqual([['i', 'g'], ['h'], ['b', 'e'], ['c', 'a'], ['f']]);
    expect(plan.scopes['provinsi-32']!.map((name) => plan.shards[name])).toEqual([['g', 'h'], ['b', 'e'], ['c', 'a']]);
    // A scope whose week or older vacancies fit in one part keeps its name for them.
    expect(plan.scopes['provinsi-32']).toEqual(['provinsi-32', 'provinsi-32-lama-1', 'provinsi-32-lama-2']);
    expect(plan.scopes['provinsi-12']).toEqual(['provinsi-12', 'provinsi-12-lama']);
    expect(Object.keys(plan.shards)).toEqual(['provinsi-12', 'provinsi-12-lama', 'provinsi-32', 'provinsi-32-lama-1', 'provinsi-32-lama-2', 'semua-1', 'semua-2', 'semua-lama-1', 'semua-lama-2', 'semua-lama-3']);
    expect(assignShards([], '2026-11-28', 2)).toEqual({ since: '2026-11-28', base: '2026-11-23', shards: {}, scopes: {} });
    expect(() => assignShards([], '2026-11-28', 0)).toThrow(/positive whole number/);
  });
});

describe('search state in the URL', () => {
  it('round-trips a full state in a fixed key order, leaving out defaults', () => {
    const query = '?q=perawat&provinsi=jawa-barat&kabkota=kota-bandung&gaji=5-10jt&disabilitas=ya&urut=gaji&hal=3';
    expect(stateToQuery(parseState(query))).toBe(query);
    // Words: most relevant first unless chosen otherwise; no words: newest first.
    expect(stateToQuery(parseState('?urut=relevansi&q=sopir&hal=1'))).toBe('?q=sopir');
    expect(stateToQuery(parseState('?urut=terbaru&q=sopir'))).toBe('?q=sopir&urut=terbaru');
    expect(stateToQuery(parseState('?urut=terbaru'))).toBe('');
  });

  it('drops unknown keys and malformed values', () => {
    expect(parseState('?hal=-2&urut=acak&foo=bar&jenis=')).toEqual({ q: '', filters: {}, urut: undefined, hal: 1 });
  });
});
