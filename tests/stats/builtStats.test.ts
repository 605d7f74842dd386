import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n';
import { payOf } from '../../src/lib/opendata/aggregates';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';
import { formatCount, formatDate, formatRupiah } from '../../src/lib/site/format';
import { stylesheetsOf } from '../../tools/bench/pageWeight';

const { outDir } = inject('fixtureSite');
const MIN = 5;
type Row = Record<string, string>;
const csv = (file: string): Row[] => Papa.parse<Row>(fs.readFileSync(path.join(outDir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const page = (url: string) => parseHTML(fs.readFileSync(path.join(outDir, url, 'index.html'), 'utf8')).document;
const open = csv('data/lowongan-buka.csv');
const published = [...open, ...csv('data/lowongan-tutup.csv')];
/** A published CSV row as the pay helper reads a vacancy: the amounts as numbers. */
const pay = (r: Row) => payOf({ ...r, salary_min: r.salary_min ? Number(r.salary_min) : undefined, salary_max: r.salary_max ? Number(r.salary_max) : undefined } as unknown as Vacancy);
const shown = (n: string) => (n === '' ? t.stats.suppressed(MIN) : formatCount(Number(n)));

/** Type-7 quantile of sorted amounts, rounded, as R and pandas compute it. */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return Math.round(sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low));
}

/** What a cell of the statistics must say, recomputed from the published rows: 0, suppressed (1–4), or the counts. */
function expectedCell(mine: Row[]) {
  if (mine.length > 0 && mine.length < MIN) return { vacancies: '', positions: '', suppressed: 'true' };
  return { vacancies: String(mine.length), positions: String(mine.reduce((n, r) => n + Number(r.openings), 0)), suppressed: 'false' };
}

const monday = (date: string) => {
  const time = Date.parse(`${date}T00:00:00Z`);
  return new Date(time - ((new Date(time).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
};

/** Each chart's key column, and the key of a published row in it. */
const BREAKDOWNS: Record<string, [string, (r: Row) => string]> = {
  provinsi: ['area', (r) => r.province_code || r.region_scope!],
  jabatan: ['key', (r) => r.occupation_unit!.slice(0, 1)],
  pendidikan: ['key', (r) => r.education_min || 'tidak_disebut'],
  'jenis-pekerjaan': ['key', (r) => r.employment_type!],
  'cara-kerja': ['key', (r) => r.work_mode!],
  disabilitas: ['key', (r) => ({ true: 'ya', false: 'tidak' })[r.disability_friendly!] ?? 'tidak_disebut'],
};

/** The rows of the table under a chart, cell texts. */
const statsPage = page('statistik');
const tableOf = (id: string) => [...statsPage.querySelectorAll(`#${id} tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('the statistics of the fixture site reconcile with the published open data', () => {
  it.each(Object.keys(BREAKDOWNS))('recomputes every number of the %s chart, its CSV and its table from lowongan-buka.csv', (id) => {
    const [keyField, keyOf] = BREAKDOWNS[id]!;
    const rows = csv(`statistik/${id}.csv`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect({ ...row, [keyField]: undefined }, row[keyField]).toMatchObject(expectedCell(open.filter((r) => keyOf(r) === row[keyField])));
    expect(new Set(open.map(keyOf)).difference(new Set(rows.map((r) => r[keyField])))).toEqual(new Set());
    const labelField = keyField === 'area' ? 'area_name' : 'label';
    expect(tableOf(id)).toEqual(rows.map((r) => [r[labelField], shown(r.vacancies!), shown(r.positions!)]));
  });

  it('recomputes the weekly postings from lowongan-buka.csv and lowongan-tutup.csv, 26 weeks up to the data date', () => {
    const rows = csv('statistik/per-minggu.csv');
    expect(rows).toHaveLength(26);
    expect(rows.at(-1)!.week_start).toBe(monday('2026-11-28'));
    for (const row of rows) expect(row).toMatchObject({ vacancies: expectedCell(published.filter((r) => monday(r.date_posted!) === row.week_start)).vacancies });
    expect(tableOf('per-minggu')).toEqual(rows.map((r) => [formatDate(r.week_start!), shown(r.vacancies!)]));
  });

  it('recomputes the pay per province from the Rupiah pay of the open vacancies, quartiles only from 5 reported, UMP with its decree', () => {
    const rows = csv('statistik/gaji.csv');
    for (const row of rows) {
      const mine = open.filter((r) => (r.province_code || r.region_scope) === row.area);
      const amounts = mine.map(pay).filter((p): p is number => p !== undefined).sort((a, b) => a - b);
      const hidden = mine.length > 0 && mine.length < MIN;
      expect(row.pay_reported, row.area).toBe(hidden ? '' : String(amounts.length));
      const quartiles = !hidden && amounts.length >= MIN ? [0.25, 0.5, 0.75].map((q) => String(quantile(amounts, q))) : ['', '', ''];
      expect([row.pay_p25, row.pay_median, row.pay_p75], row.area).toEqual(quartiles);
      if (row.ump) expect(row.ump_decree && row.ump_source?.startsWith('https://')).toBeTruthy();
      const cited = [...statsPage.querySelectorAll('#gaji .meta a')].filter((a) => a.getAttribute('href') === row.ump_source && a.textContent!.includes(row.ump_decree!));
      expect(cited.length, `${row.area} names its UMP decree with its source`).toBe(row.ump ? 1 : 0);
    }
    expect(tableOf('gaji')).toEqual(rows.map((r) => [
      r.area_name, shown(r.vacancies!), shown(r.pay_reported!),
      ...[r.pay_p25, r.pay_median, r.pay_p75].map((n) => (n ? formatRupiah(Number(n)) : '–')),
      r.ump ? `${formatRupiah(Number(r.ump))} (${r.ump_year})` : t.stats.notAvailable,
    ]));
  });

  it('gives every chart a stable anchor, a text alternative, the table of its numbers and its CSV', () => {
    const doc = statsPage;
    const sections = [...doc.querySelectorAll('section.chart')];
    expect(sections.map((s) => s.id)).toEqual(['provinsi', 'jabatan', 'pendidikan', 'jenis-pekerjaan', 'cara-kerja', 'gaji', 'per-minggu', 'disabilitas']);
    for (const section of sections) {
      const pictures = [...section.querySelectorAll('svg[role="img"]')];
      expect(pictures.length, section.id).toBeGreaterThan(0);
      for (const svg of pictures) expect(svg.getAttribute('aria-label')!.length, section.id).toBeGreaterThan(40);
      expect(section.querySelectorAll('table caption').length, section.id).toBe(1);
      expect(section.querySelectorAll(`a[href="/statistik/${section.id}.csv"]`).length, section.id).toBe(1);
      expect(section.querySelectorAll(`a[href="#${section.id}"]`).length, section.id).toBe(1);
    }
    const html = fs.readFileSync(path.join(outDir, 'statistik', 'index.html'), 'utf8');
    const bytes = [html, ...stylesheetsOf(html).map((href) => fs.readFileSync(path.join(outDir, href), 'utf8'))].reduce((n, text) => n + gzipSync(text).length, 0);
    expect(bytes, 'gzipped HTML and CSS of /statistik/').toBeLessThan(40 * 1024);
    expect([...doc.querySelectorAll('script')].map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
  });

  it.each([['/wilayah/jawa-barat/', (r: Row) => r.province_code === '32'], ['/jabatan/2-profesional/', (r: Row) => r.occupation_unit!.startsWith('2')]])(
    'shows on %s a statistics block whose figures are recomputed from lowongan-buka.csv',
    (url, inList) => {
      const mine = open.filter(inList);
      const block = page(url).querySelector('.stats-block')!;
      const b = t.stats.block;
      if (mine.length < MIN) return expect(block.textContent).toContain(b.suppressed(MIN));
      const amounts = mine.map(pay).filter((p): p is number => p !== undefined).sort((a, c) => a - c);
      const total = formatCount(mine.length);
      const payText = amounts.length >= MIN
        ? b.pay(...([0.5, 0.25, 0.75].map((q) => formatRupiah(quantile(amounts, q))) as [string, string, string]), formatCount(amounts.length), total)
        : b.payFew(formatCount(amounts.length), total);
      expect([...block.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        b.positions(formatCount(mine.reduce((n, r) => n + Number(r.openings), 0))), payText,
        b.disability(formatCount(mine.filter((r) => r.disability_friendly === 'true').length), total),
      ]);
    },
  );
});
