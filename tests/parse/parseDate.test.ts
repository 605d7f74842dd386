import { describe, expect, it } from 'vitest';
import { addDays, parseDate, todayInJakarta } from '../../src/lib/parse/parseDate';

describe('parseDate', () => {
  it.each([
    ['2025-03-31', '2025-03-31', 'ISO date'],
    ['31/03/2025', '2025-03-31', 'day first with slashes'],
    ['1/3/2025', '2025-03-01', 'day and month without leading zeros'],
    ['31-03-2025', '2025-03-31', 'day first with hyphens'],
    ['31.03.2025', '2025-03-31', 'day first with dots'],
    ['22/08/2024 11:13:58', '2024-08-22', 'a spreadsheet date with its time'],
    ['2025-03-31T10:00:00', '2025-03-31', 'an ISO timestamp without a zone'],
    ['2025-03-31 10:00', '2025-03-31', 'an ISO date and time'],
    ['2025-03-31T10:00:00+07:00', '2025-03-31', 'an ISO timestamp in WIB'],
    ['31 Maret 2025', '2025-03-31', 'an Indonesian month name'],
    ['5 Agu 2025', '2025-08-05', 'an abbreviated Indonesian month'],
    ['17 Des 2025', '2025-12-17', 'Desember abbreviated'],
    ['31 Mar. 2025', '2025-03-31', 'an abbreviation with a dot'],
    ['5-Agu-2025', '2025-08-05', 'Excel\'s d-mmm-yyyy format'],
    ['1 January 2025', '2025-01-01', 'an English month name'],
    ['45747', '2025-03-31', 'an Excel serial day number'],
    ['29/02/2024', '2024-02-29', 'a leap day in a leap year'],
  ])('reads %j as %s (%s)', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads a UTC timestamp as the calendar day it falls on in Jakarta', () => {
    expect(parseDate('2025-03-31T20:00:00Z')).toBe('2025-04-01');
    expect(parseDate('2025-03-31T16:59:59.000Z')).toBe('2025-03-31');
  });

  it.each([
    ['31/02/2025', 'a day that does not exist'],
    ['29/02/2025', 'a leap day outside a leap year'],
    ['2025-13-01', 'a thirteenth month'],
    ['2025-02-30T10:00:00Z', 'a timestamp on a day that does not exist'],
    ['03/31/2025', 'US month-first order, which would be read as month 31'],
    ['kemarin', 'a word'],
    ['31/03/25', 'a two-digit year'],
    ['', 'an empty cell'],
    ['12345', 'a serial number before the year 2000'],
  ])('refuses %j (%s)', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('addDays', () => {
  it('adds calendar days across month and year ends', () => {
    expect(addDays('2025-03-01', 30)).toBe('2025-03-31');
    expect(addDays('2025-12-15', 30)).toBe('2026-01-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('todayInJakarta', () => {
  it('gives the date in WIB (UTC+7), which is already tomorrow from 17:00 UTC', () => {
    expect(todayInJakarta(new Date('2025-03-31T16:59:59Z'))).toBe('2025-03-31');
    expect(todayInJakarta(new Date('2025-03-31T17:00:00Z'))).toBe('2025-04-01');
  });
});
