import { describe, expect, it } from 'vitest';
import { parseCountry } from '../../src/lib/parse/parseCountry';
import { COUNTRIES, countryByCode } from '../../src/lib/reference/countries';

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
    ['Turki', 'TR'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Makau', 'MO'],
    ['Hong Kong DAK Tiongkok', 'HK'],
    ['Wilayah Palestina', 'PS'],
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

  it.each(['Atlantis', 'XX', 'ZZ', 'EU', 'SU', 'YU', ''])('gives undefined for %j, which is no country', (text) => {
    expect(parseCountry(text)).toBeUndefined();
  });
});

describe('the pinned country table', () => {
  it('gives each current country one code, one Indonesian name and one address, whatever ICU the running Node has', () => {
    expect(COUNTRIES.length).toBeGreaterThan(240);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.slug)).size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) expect(c.slug, c.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // Addresses of the main placement countries, pinned before the site goes public (Hong Kong in its short form).
    expect(['JP', 'KR', 'TW', 'HK', 'MY', 'SA', 'TR'].map((code) => countryByCode(code)?.slug)).toEqual(['jepang', 'korea-selatan', 'taiwan', 'hong-kong', 'malaysia', 'arab-saudi', 'turki']);
    // Deprecated codes are not countries of their own.
    expect(countryByCode('UK')).toBeUndefined();
  });
});
