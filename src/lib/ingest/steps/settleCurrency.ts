import type { Issue, IssuePlace } from '../../issues/issue';
import { parseCountry } from '../../parse/parseCountry';
import { parseCurrency } from '../../parse/parseCurrency';
import type { MappedRow } from './mapRow';

/** What settling the currency found: errors rejecting the row, and warnings. */
export interface SettledCurrency {
  errors: Issue[];
  warnings: Issue[];
}

const settled = (errors: Issue[] = [], warnings: Issue[] = []): SettledCurrency => ({ errors, warnings });

/**
 * Currency: settles salary_currency from what the row says: the signs in its pay cells (`₱`, `RM`, `USD`), its
 * salary_currency cell, a mapping default (which a sign in the cell overrides). Pay written with no currency is
 * Rupiah only for a placement in Indonesia (`abroad()` false, asked only then); abroad it is not published, with a warning, since a peso
 * amount must never be read as Rupiah. Signs that disagree reject the row.
 */
export function settleCurrency(mapped: MappedRow, abroad: () => boolean, place: IssuePlace): SettledCurrency {
  const { row, defaulted, payCurrencies } = mapped;
  const country = parseCountry(row.country ?? '') ?? 'ID';
  const byDefault = defaulted.includes('salary_currency');
  const written = row.salary_currency === undefined ? undefined : (parseCurrency(row.salary_currency, country) ?? row.salary_currency);
  const at = { ...place, field: 'salary_currency', value: row.salary_currency };
  const stated = [...new Set([...payCurrencies, ...(written && !byDefault ? [written] : [])])];
  if (stated.length > 1) {
    // The amounts cannot be judged in two currencies at once: the conflict is the one problem of the pay.
    const value = [row.salary_min, row.salary_max, row.salary_currency].filter(Boolean).join(' · ');
    delete row.salary_min;
    delete row.salary_max;
    return settled([{ type: 'row/currency-conflict', severity: 'error', ...at, value, currencies: stated }]);
  }
  if (payCurrencies.length === 1) {
    row.salary_currency = payCurrencies[0];
    if (byDefault && written !== payCurrencies[0]) defaulted.splice(defaulted.indexOf('salary_currency'), 1);
    return settled();
  }
  if (written !== undefined) {
    row.salary_currency = written;
    return settled();
  }
  if (row.salary_min === undefined && row.salary_max === undefined) return settled();
  if (!abroad()) {
    row.salary_currency = 'IDR';
    return settled();
  }
  const value = [row.salary_min, row.salary_max].filter(Boolean).join(' – ');
  delete row.salary_min;
  delete row.salary_max;
  return settled([], [{ type: 'row/pay-currency-unknown', severity: 'warning', ...place, field: 'salary_currency', value }]);
}

