import { describe, expect, it } from 'vitest';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';
import { isRelevant, scoreQuery, summarize } from '../../tools/bench/relevance';
import { RELEVANCE_QUERIES } from '../../tools/bench/relevanceQueries';

const vacancy = (over: Partial<Vacancy>) => ({ is_open: true, occupation_unit: '2221', employment_type: 'contract', province_code: '31', regency_code: '31.74', ...over }) as Vacancy;

describe('the relevance benchmark', () => {
  it('judges a vacancy by its occupation code, kind of work and place, not by its words', () => {
    expect(isRelevant(vacancy({ title: 'Nurse' }), { occupation: ['2221'] })).toBe(true);
    expect(isRelevant(vacancy({ occupation_unit: '7233', title: 'Perawatan Mesin' }), { occupation: ['2221'] })).toBe(false);
    expect(isRelevant(vacancy({}), { occupation: ['222'], place: ['32'] })).toBe(false);
    expect(isRelevant(vacancy({ is_open: false }), { occupation: ['2221'] })).toBe(false);
    expect(isRelevant(vacancy({ employment_type: 'internship' }), { employmentType: ['internship'], place: ['31.74'] })).toBe(true);
  });

  it('scores the first page against the number of relevant vacancies, capped at ten', () => {
    const relevant = new Set(['/a/', '/b/']);
    const score = scoreQuery(RELEVANCE_QUERIES[0]!, relevant, { searched: 'perawat', first: ['/a/', '/x/', '/b/'], all: ['/a/', '/x/', '/b/'] });
    expect(score).toMatchObject({ precisionAt10: 1, recall: 1, results: 3, precision: 2 / 3 });
    const none = scoreQuery(RELEVANCE_QUERIES[0]!, relevant, { searched: 'perawat', first: [], all: [] });
    expect(summarize([score, none]).at(-1)).toMatchObject({ category: 'all', precisionAt10: 0.5, recall: 0.5, zero: 1 });
  });

  it('has at least forty judged queries in every category, and asks some in the orders that do not rank', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RELEVANCE_QUERIES.map((q) => q.category)).size).toBe(8);
    expect(RELEVANCE_QUERIES.filter((q) => q.category === 'order').every((q) => q.urut)).toBe(true);
  });
});
