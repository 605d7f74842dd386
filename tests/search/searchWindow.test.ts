import { describe, expect, it } from 'vitest';
import { classifyOpen } from '../../src/lib/ingest/classifyOpen';
import { POSTED_BANDS, postedBands } from '../../src/lib/search/searchBands';
import { POSTED_LATER, isIndexed, isOlder, postedCounts, postedValue, searchWindow, weekStart, windowFilters, windowOf } from '../../src/lib/search/searchWindow';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';
import { SEARCH_FILTERS, type RecordContext } from '../../src/lib/search/filters';

const filterValues = (key: string, v: Vacancy, ctx: RecordContext) => SEARCH_FILTERS.find((filter) => filter.key === key)!.values(v, ctx);

const day = (iso: string, plus: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

describe('the day a search index is cut as of', () => {
  it('is the data\'s newest posting date on or before the build date', () => {
    const posted = (...dates: string[]) => dates.map((date_posted) => ({ date_posted }));
    // Thursday 2026-11-26: the older vacancies are cut as of its Monday.
    expect(searchWindow(posted('2026-11-20', '2026-11-26', '2026-11-02'), '2026-11-28')).toEqual({ since: '2026-11-26', base: '2026-11-23' });
    // A posting dated after the build date does not count until that day comes.
    expect(searchWindow(posted('2026-11-20', '2026-12-15'), '2026-11-28')).toEqual({ since: '2026-11-20', base: '2026-11-16' });
    expect(searchWindow(posted('2026-11-20', '2026-12-15'), '2026-12-15')).toEqual({ since: '2026-12-15', base: '2026-12-14' });
    // No posting: the build date.
    expect(searchWindow([], '2026-11-28')).toEqual({ since: '2026-11-28', base: '2026-11-23' });
  });

  it('starts the week on its Monday', () => {
    expect(['2026-11-23', '2026-11-24', '2026-11-28', '2026-11-29'].map(weekStart)).toEqual(Array(4).fill('2026-11-23'));
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekStart('1970-01-01')).toBe('1969-12-29');
    const cuts = { since: '2026-11-26', base: '2026-11-23' };
    expect([isOlder({ date_posted: '2026-11-22' }, cuts), isOlder({ date_posted: '2026-11-23' }, cuts)]).toEqual([true, false]);
    expect(windowOf({ date_posted: '2026-11-22' }, cuts)).toEqual({ since: '2026-11-23', soonDays: 9 });
    expect(windowOf({ date_posted: '2026-11-26' }, cuts)).toEqual({ since: '2026-11-26' });
  });

  it('holds open vacancies and those closed by date since, not filled or cancelled ones', () => {
    const week = { since: '2026-11-30' };
    expect(isIndexed({ is_open: true, valid_through: '2026-12-03' }, week)).toBe(true);
    expect(isIndexed({ is_open: false, closed_reason: 'expired', valid_through: '2026-11-30' }, week)).toBe(true);
    expect(isIndexed({ is_open: false, closed_reason: 'expired', valid_through: '2026-11-29' }, week)).toBe(false);
    expect(isIndexed({ is_open: false, closed_reason: 'filled', valid_through: '2026-12-31' }, week)).toBe(false);
    expect(isIndexed({ is_open: false, closed_reason: 'cancelled', valid_through: '2026-12-01' }, week)).toBe(false);
  });

  // What the search page finds in an index cut on an earlier day, with the build date's date filters, must be what an
  // index cut on the build date would hold: every posting and closing date around the cut, on each of 40 later days,
  // for a cut on each day of the week (the older vacancies cut as of its Monday, up to six days before).
  // (No vacancy is posted between the cut and the build date: the cut is the newest posting on or before it.)
  it('answers on any later day as an index cut that day would', () => {
    const statuses = ['open', 'filled', 'cancelled'] as const;
    for (const since of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']) {
    const cuts = { since, base: weekStart(since) };
    for (let d = 0; d <= (since === '2026-11-30' ? 40 : 12); d++) {
      const asOf = day(since, d);
      const dates = windowFilters(cuts, asOf);
      for (let posted = -40; posted <= 50; posted++) {
        if (posted > 0 && posted <= d) continue;
        for (let closes = posted; closes <= posted + 20; closes++) {
          for (const status of statuses) {
            const v = { status, date_posted: day(since, posted), valid_through: day(since, closes) };
            const window = windowOf(v, cuts);
            const now = { ...v, ...classifyOpen(v, asOf) } as Pick<Vacancy, 'is_open' | 'closed_reason' | 'valid_through' | 'date_posted'>;
            const cut = { ...v, ...classifyOpen(v, window.since) } as typeof now;
            // The record's values of the filter that hides, as Pagefind sees them: a record without any is never hidden.
            const hiding = dates.closed && filterValues(dates.closed.key, now as Vacancy, { window });
            const found = isIndexed(cut, window) && !(hiding && hiding.some((date) => dates.closed!.dates.includes(date)));
            expect(found, `${asOf}: ${status} posted ${v.date_posted} closing ${v.valid_through}`).toBe(now.is_open);
            if (!now.is_open) continue;
            const value = postedValue(v.date_posted, window);
            for (const band of POSTED_BANDS) {
              expect(dates.posted[band.value].includes(value), `${asOf}: ${band.value} of posted ${v.date_posted}`).toBe(postedBands(v.date_posted, asOf).includes(band.value));
            }
          }
        }
      }
    }
    }
  });

  it('hides no closing date on the day of a Monday\'s cut, the first days\' by the small filter, later ones by the closing date', () => {
    const monday = { since: '2026-11-30', base: '2026-11-30' };
    expect(windowFilters(monday, '2026-11-30').closed).toBeUndefined();
    const later = windowFilters(monday, '2026-12-02');
    expect(later.closed).toEqual({ key: 'berakhir', dates: ['2026-11-30', '2026-12-01'] });
    expect(windowFilters(monday, '2026-12-03').closed).toEqual({ key: 'berakhir', dates: ['2026-11-30', '2026-12-01', '2026-12-02'] });
    expect(windowFilters(monday, '2026-12-04').closed).toEqual({ key: 'tutup', dates: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'] });
    expect(later.posted['7-hari']).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', POSTED_LATER]);
    // Long after the cut, a band holds only postings after it.
    expect(windowFilters(monday, '2026-12-20').posted['7-hari']).toEqual([POSTED_LATER]);
    expect(() => windowFilters({ since: '2026-12-01', base: '2026-11-30' }, '2026-11-30')).toThrow(/after the build date/);
    // Cut on a Wednesday: the closings since its Monday, when the older vacancies were cut, are hidden from the day of the cut.
    expect(windowFilters({ since: '2026-12-02', base: '2026-11-30' }, '2026-12-02').closed).toEqual({ key: 'berakhir', dates: ['2026-11-30', '2026-12-01'] });
    expect(windowFilters({ since: '2026-12-02', base: '2026-11-30' }, '2026-12-06').closed?.key).toBe('tutup');
  });

  it('sums a search\'s counts by posting value into the bands', () => {
    const { posted } = windowFilters({ since: '2026-12-02', base: '2026-11-30' }, '2026-12-02');
    expect(postedCounts({ '2026-12-01': 3, '2026-11-20': 2, '2026-10-01': 7, [POSTED_LATER]: 1 }, posted)).toEqual({ '7-hari': 4, '30-hari': 6 });
  });
});
