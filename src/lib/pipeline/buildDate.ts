import { parseDate, todayInJakarta } from '../parse/parseDate';
import { BuildFailure, EXIT } from './failure';

/** The date that decides which vacancies are open: `asOf` (YYYY-MM-DD) if given, else today in Asia/Jakarta. */
export function buildDate(asOf?: string): string {
  const date = asOf ?? todayInJakarta();
  if (parseDate(date) !== date) throw new BuildFailure(EXIT.usage, `--as-of harus tanggal YYYY-MM-DD / must be a YYYY-MM-DD date: ${date}`);
  return date;
}
