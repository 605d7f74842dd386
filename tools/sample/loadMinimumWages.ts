import { readCsvFile } from '../../src/lib/readCsvFile';

/** Provincial minimum wage (UMP) per province code, the latest year in `data/reference/minimum-wages.csv` (`province_code,year,amount,source`). */
export function loadMinimumWages(file: string): Map<string, number> {
  const rows = readCsvFile(file);
  const latest = new Map<string, { year: number; amount: number }>();
  for (const row of rows) {
    const year = Number(row.year);
    const amount = Number(row.amount);
    if (!row.province_code || !Number.isFinite(amount)) continue;
    if ((latest.get(row.province_code)?.year ?? -1) < year) latest.set(row.province_code, { year, amount });
  }
  return new Map([...latest].map(([code, { amount }]) => [code, amount]));
}
