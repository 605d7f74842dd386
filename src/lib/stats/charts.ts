import * as Plot from '@observablehq/plot';
import { geoMercator, geoTransform, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { t } from '../../i18n';
import { formatCount } from '../site/format';
import { PROVINCE_OBJECT } from './provinceShapes';
import type { PayRow, StatRow } from './statsSchema';
import { CHART_WIDTH, plotSvg } from './plotSvg';

const s = () => t.stats;
/** Colour-blind-safe colours (Okabe–Ito blue and vermilion), each paired with a shape or a label. */
const BLUE = '#0072B2';
const VERMILION = '#D55E00';
const ROW_HEIGHT = 24;
const shown = (n: number | null, min: number) => (n === null ? s().suppressed(min) : formatCount(n));
/** Characters of a category name per line: a longer name wraps onto more lines (at most three). */
const LINE_CHARS = 20;
/** Left margin for the category names: one line of LINE_CHARS at most. */
const leftMargin = (labels: readonly string[]) => Math.min(12 + 7 * LINE_CHARS, 12 + 7 * Math.max(...labels.map((l) => l.length), 4));
const LINE_EMS = LINE_CHARS * 0.55;
/** Row height: taller rows when a name needs a second or third line. */
const rowHeight = (labels: readonly string[]) => ROW_HEIGHT * Math.min(3, Math.ceil(Math.max(...labels.map((l) => l.length), 1) / LINE_CHARS));
const categoryAxis = () => Plot.axisY({ tickSize: 0, lineWidth: LINE_EMS, label: null });

/** A horizontal bar per row, its count written at the bar's end (`<5` for a suppressed row), in the rows' order. */
export function barChart(rows: readonly StatRow[], field: 'vacancies' | 'positions', alt: string, min: number): string {
  const labels = rows.map((r) => r.label);
  return plotSvg({
    height: 40 + rowHeight(labels) * rows.length, marginLeft: leftMargin(labels), marginRight: 56,
    x: { label: field === 'vacancies' ? s().columns.vacancies : s().columns.positions, grid: true, ticks: 4, tickFormat: (n: number) => formatCount(n) },
    y: { label: null, domain: labels },
    marks: [
      categoryAxis(),
      Plot.barX(rows, { x: (r: StatRow) => r[field] ?? 0, y: 'label', fill: BLUE }),
      Plot.text(rows, { x: (r: StatRow) => r[field] ?? 0, y: 'label', text: (r: StatRow) => shown(r[field], min), textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0]),
    ],
  }, alt);
}

/** Per province: the median offered pay (dot), the quartile range (line) and the UMP (vermilion tick), where known. */
export function payChart(rows: readonly PayRow[], alt: string): string {
  const withPay = rows.filter((r) => r.median !== null);
  const labels = withPay.map((r) => r.label);
  const wages = withPay.filter((r) => r.minimumWage).map((r) => ({ label: r.label, amount: r.minimumWage!.amount }));
  return plotSvg({
    height: 50 + rowHeight(labels) * Math.max(1, withPay.length), marginLeft: leftMargin(labels), marginRight: 24,
    x: { label: s().payAxis, zero: true, grid: true, ticks: 4, tickFormat: (n: number) => `${n / 1_000_000} jt` },
    y: { label: null, domain: labels },
    marks: [
      categoryAxis(),
      Plot.ruleY(withPay, { y: 'label', x1: 'p25', x2: 'p75', stroke: BLUE, strokeWidth: 3 }),
      Plot.dot(withPay, { y: 'label', x: 'median', fill: BLUE, r: 5 }),
      Plot.tickX(wages, { y: 'label', x: 'amount', stroke: VERMILION, strokeWidth: 3 }),
    ],
  }, alt);
}

/** Vacancies posted per week (a bar per week, by its Monday). */
export function weeklyChart(rows: readonly StatRow[], alt: string): string {
  const weeks = rows.map((r) => ({ start: new Date(`${r.key}T00:00:00Z`), vacancies: r.vacancies ?? 0 }));
  return plotSvg({
    height: 220, marginLeft: 48,
    x: { type: 'utc', label: null, ticks: 5, tickFormat: (d: Date) => d.toLocaleDateString('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' }) },
    y: { label: s().columns.vacancies, grid: true, ticks: 4, tickFormat: (n: number) => formatCount(n) },
    marks: [Plot.rectY(weeks, { x: 'start', interval: 'monday', y: 'vacancies', fill: BLUE, inset: 1 }), Plot.ruleY([0])],
  }, alt);
}

/** Mercator fitted to the shapes, its points rounded to a tenth of a pixel: the same map, a third lighter. */
function roundedMercator(shapes: Parameters<ReturnType<typeof geoMercator>['fitExtent']>[1], width: number, height: number) {
  const mercator = geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], shapes);
  const round = geoTransform({ point(this: { stream: GeoStream }, x: number, y: number) { this.stream.point(Math.round(x * 10) / 10, Math.round(y * 10) / 10); } });
  return { stream: (output: GeoStream) => mercator.stream(round.stream(output)) };
}

/** The 38 provinces coloured by open positions (five equal steps of a blue scale); a suppressed province is grey. */
export function provinceMap(topology: Record<string, unknown>, rows: readonly StatRow[], alt: string): string {
  const topo = topology as unknown as Topology<{ [PROVINCE_OBJECT]: GeometryCollection<{ code: string; name: string }> }>;
  const shapes = feature(topo, topo.objects[PROVINCE_OBJECT]);
  const positions = new Map(rows.map((r) => [r.key, r.positions]));
  const height = Math.round(CHART_WIDTH * 0.42);
  return plotSvg({
    width: CHART_WIDTH, height, margin: 0,
    projection: roundedMercator(shapes, CHART_WIDTH, height),
    color: { type: 'quantize', n: 5, scheme: 'blues', legend: true, label: s().mapLegend, unknown: '#bbbbbb', tickFormat: (n: number) => formatCount(n) },
    marks: [Plot.geo(shapes, { fill: (f: { properties: { code: string } }) => positions.get(f.properties.code) ?? undefined, stroke: '#767676', strokeWidth: 0.5 })],
  }, alt);
}
