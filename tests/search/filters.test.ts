import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { CONTROL_FILTERS, FILTER_KEYS, SEARCH_FILTERS } from '../../src/lib/search/filters';
import { searchFacets, type FacetSource } from '../../src/lib/search/build/searchFacets';
import { searchFilters } from '../../src/lib/search/build/searchRecord';
import { SORTS, parseState, stateToQuery } from '../../src/lib/search/searchState';
import { vacancy } from '../seo/vacancyFixture';

const data: FacetSource = {
  asOf: '2026-11-28',
  provinces: [{ code: '32', name: 'Jawa Barat', slug: 'jawa-barat' }],
  regencies: [{ code: '32.73', provinceCode: '32', name: 'Kota Bandung', kind: 'kota', slug: 'kota-bandung' }],
  occupations: [
    { code: '2', level: 'major', titleId: 'Profesional', titleEn: 'Professionals', slug: '2-profesional' },
    { code: '2221', level: 'unit', parentCode: '222', titleId: 'Profesional perawat', titleEn: 'Nursing professionals', slug: '2221-profesional-perawat' },
  ],
  vacancies: [vacancy({ disability_friendly: true, date_posted: '2026-11-25' }), vacancy({ id: 'JB-2', slug: 'disnaker-jabar-jb-2', salary_min: undefined, salary_max: undefined })],
} as FacetSource;
const [nationwide, jawaBarat] = searchFacets(data);
const record = searchFilters(data.vacancies[0]!, { window: { since: data.asOf }, provinceSlug: 'jawa-barat', regencySlug: 'kota-bandung' });

describe('the filter registry', () => {
  it('gives every filter its values in a vacancy\'s search record, all strings', () => {
    // `berakhir` only on a record closing within days of the cut (searchWindow.ts).
    expect(Object.keys(record).sort()).toEqual(SEARCH_FILTERS.map((filter) => filter.key).filter((key) => key !== 'berakhir').sort());
    const week = { window: { since: data.asOf } };
    expect(searchFilters({ ...data.vacancies[0]!, valid_through: '2026-11-30' }, week).berakhir).toEqual(['2026-11-30']);
    expect(searchFilters({ ...data.vacancies[0]!, valid_through: '2026-12-01' }, week).berakhir).toBeUndefined();
    for (const values of Object.values(record)) for (const value of values) expect(typeof value).toBe('string');
    expect(record).toMatchObject({ provinsi: ['jawa-barat'], kabkota: ['kota-bandung'], jabatan: ['2'], golongan: ['2221'], disabilitas: ['ya'], diposting: ['2026-11-25'] });
  });

  it('counts every filter with a control in a province scope\'s facets, and all but the kabupaten/kota nationwide', () => {
    expect(jawaBarat!.scope).toBe('provinsi-32');
    expect(Object.keys(jawaBarat!.options).sort()).toEqual([...FILTER_KEYS].sort());
    expect(Object.keys(nationwide!.options).sort()).toEqual(FILTER_KEYS.filter((key) => key !== 'kabkota').sort());
    expect(jawaBarat!.options.gaji).toEqual([
      { value: '5-10jt', label: '5–10 jt', count: 1 },
      { value: 'tidak-dicantumkan', label: 'Tidak dicantumkan', count: 1 },
    ]);
    expect(jawaBarat!.options.kabkota).toEqual([{ value: 'kota-bandung', label: 'Kota Bandung', count: 2, parent: 'jawa-barat' }]);
    expect(jawaBarat!.options.golongan).toEqual([{ value: '2221', label: '2221 Profesional perawat', count: 2, parent: '2' }]);
    expect(nationwide!.options.provinsi).toEqual([{ value: 'jawa-barat', label: 'Jawa Barat', count: 2, shard: 'provinsi-32' }]);
  });

  it('labels options and controls with the text in src/i18n', () => {
    expect(jawaBarat!.options.disabilitas!.map((o) => o.label)).toEqual([t.search.options.checks.disabilitas.yes, t.search.options.checks.disabilitas.no]);
    expect(jawaBarat!.options.jenis![0]!.label).toBe(t.labels.employmentType.contract);
    for (const filter of CONTROL_FILTERS) expect(filter.text).toBe(t.search.filters[filter.key as keyof typeof t.search.filters]);
    expect(Object.values(SORTS).map((sort) => sort.label)).toEqual(Object.values(t.search.sorts));
  });

  it('round-trips every filter key through the query string, in registry order', () => {
    const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, `nilai-${key}`]));
    const state = { q: 'perawat', filters, urut: undefined, hal: 1 };
    const query = stateToQuery(state);
    expect([...new URLSearchParams(query).keys()]).toEqual(['q', ...FILTER_KEYS]);
    expect(parseState(query)).toEqual(state);
  });

  it('keeps the order-only filters out of the URL and the facets', () => {
    const orderOnly = SEARCH_FILTERS.filter((filter) => filter.control === 'none').map((filter) => filter.key);
    expect(orderOnly).toEqual(['tutup', 'upah', 'berakhir']);
    expect(parseState('?tutup=2026-12-31&upah=1&berakhir=2026-12-01').filters).toEqual({});
    for (const key of orderOnly) expect(jawaBarat!.options[key]).toBeUndefined();
  });
});

describe('the split between browser and build code', () => {
  const imports = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...fs.readFileSync(path.join(dir, name), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => [name, m[1]!] as const));

  it('keeps Node modules and the build side out of the browser script and the shared search modules', () => {
    for (const dir of ['src/scripts/search', 'src/lib/search']) {
      for (const [file, from] of imports(dir)) {
        expect(from, `${dir}/${file}`).not.toMatch(/^node:|^pagefind$|\/build\//);
      }
    }
  });
});
