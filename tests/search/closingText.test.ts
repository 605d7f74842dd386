import { describe, expect, it } from 'vitest';
import { closingText } from '../../src/scripts/search/render';

const today = new Date(2026, 11, 1);
const closing = (closesOn: string, closes: string) => closingText({ closesOn, closes }, today);

describe('the closing line of a result card', () => {
  it('names the last day to apply, so an open vacancy does not read as closed', () => {
    expect(closing('2026-12-31', '31 Desember 2026')).toMatchInlineSnapshot(`"Batas lamaran 31 Desember 2026"`);
  });

  it('says how soon within a week: today, tomorrow, in a few days', () => {
    expect(closing('2026-12-01', '1 Desember 2026')).toMatchInlineSnapshot(`"Ditutup hari ini (batas lamaran 1 Desember 2026)"`);
    expect(closing('2026-12-02', '2 Desember 2026')).toMatchInlineSnapshot(`"Ditutup besok (batas lamaran 2 Desember 2026)"`);
    expect(closing('2026-12-06', '6 Desember 2026')).toMatchInlineSnapshot(`"Ditutup dalam 5 hari (batas lamaran 6 Desember 2026)"`);
  });

  it("says a deadline that passed by the visitor's date is closed, never open", () => {
    expect(closing('2026-11-30', '30 November 2026')).toMatchInlineSnapshot(`"Sudah ditutup (batas lamaran 30 November 2026)"`);
  });

  it("counts from the data's as-of date when the visitor's clock is behind it", () => {
    const behind = new Date(2026, 10, 20);
    expect(closingText({ closesOn: '2026-12-01', closes: '1 Desember 2026' }, behind, '2026-12-01')).toMatchInlineSnapshot(`"Ditutup hari ini (batas lamaran 1 Desember 2026)"`);
    expect(closingText({ closesOn: '2026-12-20', closes: '20 Desember 2026' }, today, '2026-11-20')).toBe('Batas lamaran 20 Desember 2026');
  });

  it('falls back to the date alone for a record without the ISO date', () => {
    expect(closingText({ closes: '8 Desember 2026' }, today)).toBe('Batas lamaran 8 Desember 2026');
  });
});
