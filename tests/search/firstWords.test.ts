import { describe, expect, it } from 'vitest';
import { firstWords } from '../../src/lib/site/text';

describe('firstWords', () => {
  it('keeps the first words of a text, spaces and line breaks as one space, with an ellipsis when words are left out', () => {
    expect(firstWords('  Merawat\tpasien\n\nrawat\u00a0inap ', 3)).toBe('Merawat pasien rawat…');
    expect(firstWords('Merawat pasien rawat inap', 4)).toBe('Merawat pasien rawat inap');
    expect(firstWords('', 30)).toBe('');
    expect(firstWords(`${'kata '.repeat(100_000)}akhir`, 2)).toBe('kata kata…');
  });
});
