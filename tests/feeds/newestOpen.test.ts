import { describe, expect, it } from 'vitest';
import { FEED_SIZE, newestOpen } from '../../src/lib/feeds/newestOpen';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';

const vacancy = (n: number, isOpen: boolean) => ({ slug: `v-${n}`, is_open: isOpen }) as Vacancy;

describe('newestOpen', () => {
  it('keeps the first 50 open vacancies of a newest-first list and skips closed ones', () => {
    const list = Array.from({ length: 120 }, (_, n) => vacancy(n, n % 2 === 0));
    const feed = newestOpen(list);
    expect(feed).toHaveLength(FEED_SIZE);
    expect(FEED_SIZE).toBe(50);
    expect(feed.every((v) => v.is_open)).toBe(true);
    expect(feed.map((v) => v.slug).slice(0, 3)).toEqual(['v-0', 'v-2', 'v-4']);
  });
});
