import { describe, expect, it } from 'vitest';
import { parseCountry } from '../../src/lib/parse/parseCountry';

describe('parseCountry', () => {
  it.each([
    ['Jepang', 'JP'],
    ['Japan', 'JP'],
    ['Korea Selatan', 'KR'],
    ['South Korea', 'KR'],
    ['Saudi Arabia', 'SA'],
    ['Arab Saudi', 'SA'],
    ['Hong Kong', 'HK'],
    ['Hongkong', 'HK'],
    ['Taiwan', 'TW'],
    ['Malaysia', 'MY'],
    ['Singapura', 'SG'],
    ['Brunei Darussalam', 'BN'],
    ['Uni Emirat Arab', 'AE'],
    ['Indonesia', 'ID'],
  ])('reads the country name %j as %s', (text, code) => {
    expect(parseCountry(text)).toBe(code);
  });

  it('reads an ISO 3166-1 alpha-2 code in any case', () => {
    expect(parseCountry('MY')).toBe('MY');
    expect(parseCountry('my')).toBe('MY');
    expect(parseCountry(' jp ')).toBe('JP');
  });

  it('reads a common two-letter abbreviation that is not the ISO code as the country it names', () => {
    expect(parseCountry('UK')).toBe('GB');
  });

  it.each(['Atlantis', 'XX', 'ZZ', 'EU', ''])('gives undefined for %j, which is no country', (text) => {
    expect(parseCountry(text)).toBeUndefined();
  });
});
