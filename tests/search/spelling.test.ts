import { describe, expect, it } from 'vitest';
import { parseState, stateToQuery } from '../../src/lib/search/searchState';
import { correctWords, editDistance } from '../../src/lib/search/spelling';

const vocabulary = { perawat: 44, perawatan: 20, sopir: 33, kasir: 40, kasur: 1, barista: 10, jakarta: 79 };

describe('spelling help', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('perwat', 'perawat', 2)).toBe(1);
    expect(editDistance('barsita', 'barista', 2)).toBe(1);
    expect(editDistance('sopir', 'kasir', 1)).toBe(2);
  });

  it('corrects an unknown word to the known word with the fewest edits, then the most vacancies', () => {
    expect(correctWords('perwat', vocabulary)).toBe('perawat');
    expect(correctWords('kasit Jakarta', vocabulary)).toBe('kasir jakarta');
    expect(correctWords('barsta', vocabulary)).toBe('barista');
  });

  it('leaves known words, short words and words with no near neighbour alone', () => {
    expect(correctWords('perawatan', vocabulary)).toBeUndefined();
    expect(correctWords('keperawatan', vocabulary)).toBeUndefined();
    expect(correctWords('sop', vocabulary)).toBeUndefined();
    expect(correctWords('astronot', vocabulary)).toBeUndefined();
  });

  it('keeps "search as typed" in the URL only with words', () => {
    expect(parseState('?q=perwat&persis=ya')).toEqual({ q: 'perwat', filters: {}, urut: undefined, hal: 1, asIs: true });
    expect(stateToQuery({ q: 'perwat', filters: {}, hal: 1, asIs: true })).toBe('?q=perwat&persis=ya');
    expect(parseState('?persis=ya').asIs).toBeUndefined();
  });
});
