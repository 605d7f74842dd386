import { describe, expect, it } from 'vitest';
import { parseCurrency, splitCurrency } from '../../src/lib/parse/parseCurrency';
import { payOf } from '../../src/lib/opendata/aggregates';
import { payBand } from '../../src/lib/search/searchBands';
import { formatSalary } from '../../src/lib/site/format';

describe('parseCurrency and splitCurrency', () => {
  it('reads codes, signs and names as ISO 4217 codes, a bare dollar as the country\'s own', () => {
    expect(['PHP', 'php', '₱', 'Peso', 'RM', 'ringgit', 'S$', 'NT$', 'USD', 'Rp', '€', 'Atlantis'].map((s) => parseCurrency(s)))
      .toEqual(['PHP', 'PHP', 'PHP', 'PHP', 'MYR', 'MYR', 'SGD', 'TWD', 'USD', 'IDR', 'EUR', undefined]);
    expect([parseCurrency('$'), parseCurrency('$', 'SG'), parseCurrency('$', 'TW'), parseCurrency('¥', 'CN')]).toEqual(['USD', 'SGD', 'TWD', 'CNY']);
  });

  it('takes the signs off a pay cell and leaves the amount and words that are no currency', () => {
    expect(['₱20,000 – ₱25,000', 'Rp5 jt', 'RM 2.000', 'USD 1,500/month', '5-7 juta', '20k php', 'per bulan'].map((c) => splitCurrency(c)))
      .toEqual([
        { currencies: ['PHP'], rest: '20,000 – 25,000' }, { currencies: ['IDR'], rest: '5 jt' }, { currencies: ['MYR'], rest: '2.000' },
        { currencies: ['USD'], rest: '1,500/month' }, { currencies: [], rest: '5-7 juta' }, { currencies: ['PHP'], rest: '20k' },
        { currencies: [], rest: 'per bulan' },
      ]);
  });
});

describe('pay in another currency than Rupiah', () => {
  const peso = { salary_min: 20_000, salary_max: 25_000, salary_currency: 'PHP' };

  it('is shown with its code, and never counted, banded or sorted as Rupiah', () => {
    expect(formatSalary(peso.salary_min, peso.salary_max, peso.salary_currency)).toBe('PHP 20.000 – PHP 25.000 per bulan');
    expect(formatSalary(5_000_000, undefined)).toBe('Rp 5.000.000 per bulan');
    expect(payOf(peso)).toBeUndefined();
    expect(payOf({ ...peso, salary_currency: 'IDR', salary_min: 5_000_000, salary_max: 7_000_000 })).toBe(6_000_000);
    expect(payOf({ salary_min: 5_000_000, salary_max: undefined, salary_currency: undefined })).toBe(5_000_000);
    expect(payBand(peso)).toBe('tidak-dicantumkan');
  });
});
