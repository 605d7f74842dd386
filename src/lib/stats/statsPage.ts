import { t } from '../../i18n';
import { MIN_CELL } from '../opendata/aggregates';
import { formatCount, formatDate, formatRupiah } from '../site/format';
import { barChart, payChart, provinceMap, weeklyChart } from './charts';
import { breakdownData, payData, topRow, weeklyData, type ChartData } from './statsTables';
import type { PayRow, Stats, StatRow } from './statsSchema';

/** One chart of /statistik/: its anchor, title, takeaway, units, source, pictures, and the table and CSV of its numbers. */
export interface ChartSection {
  /** The anchor (`#provinsi`) and the CSV's name (`/statistik/provinsi.csv`): stable across builds. */
  id: keyof typeof t.stats.charts;
  title: string;
  takeaway: string;
  unit: string;
  source: string;
  note?: string;
  /** Where reference values in the chart come from (the UMP decrees), each with its public source. */
  references?: { text: string; href: string }[];
  /** Static SVG of each picture, drawn when the page renders. */
  draw: () => string[];
  table: { columns: string[]; rows: string[][] };
  data: ChartData;
}

const s = () => t.stats;
const shown = (n: number | null) => (n === null ? s().suppressed(MIN_CELL) : formatCount(n));
const percent = (n: number, of: number) => `${Math.round((n / of) * 1000) / 10} %`.replace('.', ',');
const rupiah = (n: number | null) => (n === null ? '–' : formatRupiah(n));

function takeawayOf(rows: readonly StatRow[], total: number): string {
  const top = topRow(rows);
  return top && total > 0 ? s().takeaway.top(top.label, formatCount(top.vacancies!), percent(top.vacancies!, total)) : s().takeaway.none;
}

/** A breakdown section: bars of vacancies, a table of vacancies and positions. */
function breakdownSection(id: ChartSection['id'], rows: readonly StatRow[], stats: Stats, firstColumn: string): ChartSection {
  const title = s().charts[id];
  const takeaway = takeawayOf(rows, stats.open.vacancies);
  return {
    id, title, takeaway, unit: s().unitVacancies, source: s().source(formatDate(stats.asOf)),
    draw: () => [barChart(rows, 'vacancies', s().barAlt(title, takeaway), MIN_CELL)],
    table: { columns: [firstColumn, s().columns.vacancies, s().columns.positions], rows: rows.map((r) => [r.label, shown(r.vacancies), shown(r.positions)]) },
    data: breakdownData(rows),
  };
}

function provinceSection(stats: Stats): ChartSection {
  const c = s().columns;
  const rows = stats.byProvince;
  const takeaway = takeawayOf(rows, stats.open.vacancies);
  const inMap = rows.filter((r) => r.key !== 'national' && r.key !== 'overseas');
  return {
    id: 'provinsi', title: s().charts.provinsi, takeaway, unit: `${s().unitVacancies} ${s().unitPositions}`, source: s().source(formatDate(stats.asOf)), note: s().mapCredit,
    draw: () => [provinceMap(stats.topology, inMap, s().mapAlt(takeaway)), barChart(rows.filter((r) => r.vacancies !== 0), 'vacancies', s().barAlt(s().charts.provinsi, takeaway), MIN_CELL)],
    table: { columns: [c.province, c.vacancies, c.positions], rows: rows.map((r) => [r.label, shown(r.vacancies), shown(r.positions)]) },
    data: breakdownData(rows, 'area', 'area_name'),
  };
}

function paySection(stats: Stats): ChartSection {
  const c = s().columns;
  const rows: readonly PayRow[] = stats.pay;
  const reported = rows.reduce((n, r) => n + (r.reported ?? 0), 0);
  const total = `${formatCount(reported)} dari ${formatCount(stats.open.vacancies)}`;
  const best = rows.filter((r) => r.median !== null).reduce<PayRow | undefined>((a, r) => (r.median! > (a?.median ?? -1) ? r : a), undefined);
  const takeaway = best ? s().takeaway.pay(best.label, formatRupiah(best.median!), formatCount(best.reported!), total) : s().takeaway.payNone(total);
  const ump = (r: PayRow) => (r.minimumWage ? `${formatRupiah(r.minimumWage.amount)} (${r.minimumWage.year})` : s().notAvailable);
  return {
    id: 'gaji', title: s().charts.gaji, takeaway, unit: s().unitPay, source: s().source(formatDate(stats.asOf)), note: s().payNote(MIN_CELL),
    draw: () => [payChart(rows, s().payAlt(takeaway))],
    references: rows.flatMap((r) => (r.minimumWage ? [{ text: `${r.label}, ${r.minimumWage.year}: ${r.minimumWage.decree}`, href: r.minimumWage.source }] : [])),
    table: {
      columns: [c.province, c.vacancies, c.reported, c.p25, c.median, c.p75, c.ump],
      rows: rows.map((r) => [r.label, shown(r.vacancies), r.reported === null ? s().suppressed(MIN_CELL) : formatCount(r.reported), rupiah(r.p25), rupiah(r.median), rupiah(r.p75), ump(r)]),
    },
    data: payData(rows),
  };
}

function weeklySection(stats: Stats): ChartSection {
  const rows = stats.weekly;
  const top = topRow(rows);
  const inWindow = rows.reduce((n, r) => n + (r.vacancies ?? 0), 0);
  const takeaway = top ? s().takeaway.weekly(formatDate(top.key), formatCount(top.vacancies!), rows.length, formatCount(inWindow)) : s().takeaway.none;
  return {
    id: 'per-minggu', title: s().charts['per-minggu'], takeaway, unit: s().unitVacancies, source: s().sourcePosted(formatDate(stats.asOf)), note: s().weeklyNote,
    draw: () => [weeklyChart(rows, s().weeklyAlt(takeaway))],
    table: { columns: [s().columns.week, s().columns.vacancies], rows: rows.map((r) => [formatDate(r.key), shown(r.vacancies)]) },
    data: weeklyData(rows),
  };
}

function disabilitySection(stats: Stats): ChartSection {
  const section = breakdownSection('disabilitas', stats.byDisability, stats, s().columns.category);
  const yes = stats.byDisability.find((r) => r.key === 'ya');
  const takeaway = yes?.vacancies != null && stats.open.vacancies > 0 ? s().takeaway.disability(formatCount(yes.vacancies), percent(yes.vacancies, stats.open.vacancies)) : section.takeaway;
  return { ...section, takeaway, draw: () => [barChart(stats.byDisability, 'vacancies', s().barAlt(section.title, takeaway), MIN_CELL)] };
}

/** Every chart of /statistik/, in page order. */
export function statsSections(stats: Stats): ChartSection[] {
  const c = s().columns;
  return [
    provinceSection(stats),
    breakdownSection('jabatan', stats.byMajor, stats, c.category),
    breakdownSection('pendidikan', stats.byEducation, stats, c.category),
    breakdownSection('jenis-pekerjaan', stats.byEmploymentType, stats, c.category),
    breakdownSection('cara-kerja', stats.byWorkMode, stats, c.category),
    paySection(stats),
    weeklySection(stats),
    disabilitySection(stats),
  ];
}
