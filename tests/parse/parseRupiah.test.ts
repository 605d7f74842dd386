import { describe, expect, it } from 'vitest';
import { parseRupiah, parseRupiahRange } from '../../src/lib/parse/parseRupiah';

const NBSP = '\u00a0';

describe('parseRupiah', () => {
  it.each([
    ['5000000', 5_000_000],
    ['5.000.000', 5_000_000],
    ['5,000,000', 5_000_000],
    ['Rp 5.000.000', 5_000_000],
    ['Rp. 5.000.000', 5_000_000],
    ['Rp5.000.000,-', 5_000_000],
    ['Rp 5.000.000,00', 5_000_000],
    ['Rp5 jt', 5_000_000],
    ['5jt', 5_000_000],
    ['5,5 juta', 5_500_000],
    ['4.5 million', 4_500_000],
    ['IDR 4.500.000', 4_500_000],
    ['IDR 4.5 million', 4_500_000],
    ['750 ribu', 750_000],
    ['750rb', 750_000],
    ['Rp 1.234.567', 1_234_567],
  ])('reads %j as %i Rupiah', (text, amount) => {
    expect(parseRupiah(text)).toBe(amount);
  });

  it('reads amounts written with non-breaking spaces, as spreadsheets and web pages export them', () => {
    expect(parseRupiah(`Rp${NBSP}5.000.000`)).toBe(5_000_000);
    expect(parseRupiah(`5,5${NBSP}juta`)).toBe(5_500_000);
    expect(parseRupiah(`Rp\u202f4.500.000`)).toBe(4_500_000);
  });

  it.each([
    ['Rp 5.000.000 per bulan', 5_000_000],
    ['Rp 5.000.000/bulan', 5_000_000],
    ['5 juta per bulan', 5_000_000],
    ['4.500.000,-/bulan', 4_500_000],
    ['500rb/bulan', 500_000],
    ['Rp 5.000.000 per month', 5_000_000],
  ])('reads %j, ignoring the "per month" that says what the contract already assumes', (text, amount) => {
    expect(parseRupiah(text)).toBe(amount);
  });

  it.each([
    ['nego', 'a word instead of an amount'],
    ['UMR', 'a reference to the minimum wage'],
    ['5.00.000', 'thousands groups of the wrong size'],
    ['', 'an empty cell'],
    ['5 juta - 7 juta', 'a range (use salary_range or two columns)'],
  ])('refuses %j (%s)', (text) => {
    expect(parseRupiah(text)).toBeUndefined();
  });
});

describe('parseRupiahRange', () => {
  it('reads a range with an en dash, non-breaking spaces and "per month" as [min, max]', () => {
    expect(parseRupiahRange(`Rp${NBSP}5.000.000${NBSP}–${NBSP}Rp${NBSP}7.000.000 per month`)).toEqual([5_000_000, 7_000_000]);
  });

  it('applies a unit written once after the upper bound to both bounds', () => {
    expect(parseRupiahRange('5-7 juta')).toEqual([5_000_000, 7_000_000]);
    expect(parseRupiahRange('4,5 - 6 juta')).toEqual([4_500_000, 6_000_000]);
    expect(parseRupiahRange('3-4jt')).toEqual([3_000_000, 4_000_000]);
    expect(parseRupiahRange('4.5 to 6 million')).toEqual([4_500_000, 6_000_000]);
  });

  it.each([
    ['5 jt s/d 7 jt'],
    ['5 jt sd 7 jt'],
    ['5.000.000 s.d. 7.000.000'],
    ['5 sampai 7 juta'],
    ['Rp 5.000.000 hingga Rp 7.000.000'],
    ['Rp 5.000.000 - Rp 7.000.000'],
    ['5.000.000-7.000.000'],
    ['Rp5jt-Rp7jt'],
    ['Rp 5.000.000,- - Rp 7.000.000,-'],
    ['Rp 5 juta – Rp 7 juta per bulan'],
  ])('reads the Indonesian range %j as 5 to 7 million', (text) => {
    expect(parseRupiahRange(text)).toEqual([5_000_000, 7_000_000]);
  });

  it('reads bounds in different units', () => {
    expect(parseRupiahRange('750rb-1jt')).toEqual([750_000, 1_000_000]);
    expect(parseRupiahRange('Rp 4.500.000 – 6.000.000 / bulan')).toEqual([4_500_000, 6_000_000]);
  });

  it('gives a single amount as a range of one value', () => {
    expect(parseRupiahRange('5 juta')).toEqual([5_000_000, 5_000_000]);
    expect(parseRupiahRange('Rp 4.500.000')).toEqual([4_500_000, 4_500_000]);
  });

  it('keeps a reversed range as written, so validation can report salary_min above salary_max', () => {
    expect(parseRupiahRange('7-5 juta')).toEqual([7_000_000, 5_000_000]);
  });

  it.each(['nego', 'UMR - 5 juta', '1-2-3 juta', ''])('refuses %j', (text) => {
    expect(parseRupiahRange(text)).toBeUndefined();
  });
});
