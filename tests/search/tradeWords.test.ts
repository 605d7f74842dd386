import { describe, expect, it } from 'vitest';
import { tradeWordsOf } from '../../src/lib/search/build/recordWords';
import { tradeUnits } from '../../src/lib/search/tradeWords';

const trades = { perawat: ['2221', '3221'], nurse: ['2221', '3221'], sopir: ['8322', '8332'], truk: ['8332'], las: ['7212'], tukang: ['7115', '7212'] };

describe('trade words', () => {
  it('restricts a word naming a trade to its unit groups, whatever else shares its stem', () => {
    expect(tradeUnits('perawat', trades)).toEqual(['2221', '3221']);
    expect(tradeUnits('Perawat Jakarta', trades)).toEqual(['2221', '3221']);
  });

  it('keeps a search of several trade words among any of their trades (every word must still match)', () => {
    expect(tradeUnits('sopir truk', trades)).toEqual(['8322', '8332']);
    expect(tradeUnits('tukang las', trades)).toEqual(['7115', '7212']);
  });

  it('leaves words that name no trade to the words alone', () => {
    expect(tradeUnits('jakarta', trades)).toBeUndefined();
    expect(tradeUnits('pera', trades)).toBeUndefined();
  });

  it('narrows to the unit group chosen in the filters, to none when it is not of the trade', () => {
    expect(tradeUnits('perawat', trades, '3221')).toEqual(['3221']);
    expect(tradeUnits('perawat', trades, '8332')).toEqual([]);
  });

  it('takes no stopword of the occupation words as a trade word', () => {
    expect(tradeWordsOf('perawat profesional nursing and midwifery professionals dan')).toEqual(['perawat', 'nursing', 'midwifery']);
  });
});
