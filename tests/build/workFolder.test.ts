import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentWorkFolder, readShardPlan, readSiteData, readSitemapData, workFolder, writeShardPlan, writeSiteData, writeSitemapData } from '../../src/lib/pipeline/workFolder';
import type { SiteData } from '../../src/lib/pipeline/workFolderSchemas';
import { vacancy } from '../seo/vacancyFixture';
import { tempDir } from '../tempDir';

const siteData = (): SiteData => ({
  asOf: '2026-11-28',
  sources: [{ source: 'disnaker-jabar', name: 'Disnakertrans Provinsi Jawa Barat' }],
  provinces: [{ code: '32', name: 'Jawa Barat', slug: 'jawa-barat' }],
  regencies: [{ code: '32.73', provinceCode: '32', name: 'Kota Bandung', kind: 'kota', slug: 'kota-bandung' }],
  occupations: [{ code: '2', level: 'major', parentCode: null, titleId: 'Profesional', titleEn: 'Professionals', slug: '2-profesional' }],
  vacancies: [vacancy(), vacancy({ slug: 'disnaker-jabar-jb-2', id: 'JB-2', is_open: false, status: 'filled', closed_reason: 'filled' })],
});
/** A message with the temporary folder written as `<work>`, so snapshots do not depend on where it is. */
const message = (work: string, run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message.replaceAll(work, '<work>');
  }
  throw new Error('expected a failure');
};

describe('the work folder contract', () => {
  afterEach(() => {
    delete process.env.LOKER_WORK_DIR;
  });

  it('reads back exactly the site data, shard plan and sitemap facts it wrote', () => {
    const work = workFolder(tempDir('work'));
    const plan = { since: '2026-11-28', base: '2026-11-23', shards: { 'provinsi-32': ['disnaker-jabar-jb-1'], semua: ['disnaker-jabar-jb-1'] }, scopes: { 'provinsi-32': ['provinsi-32'], semua: ['semua'] }, build: 'abcdef012345' };
    const facts = { asOf: '2026-11-28', closed: ['/lowongan/disnaker-jabar-jb-2/'], empty: [], lastmod: { '/lowongan/disnaker-jabar-jb-1/': '2026-11-01' } };
    writeSiteData(work, siteData());
    writeShardPlan(work, plan);
    writeSitemapData(work, facts);
    expect(readSiteData(work)).toEqual(siteData());
    expect(readShardPlan(work)).toEqual(plan);
    expect(readSitemapData(work)).toEqual(facts);
    expect(fs.readdirSync(work.dir).sort()).toEqual(['search-shards.json', 'site-data.json', 'sitemap-data.json']);
  });

  it('keeps every artefact at its agreed path inside the folder', () => {
    const work = workFolder('/srv/build');
    expect(work).toEqual({
      dir: '/srv/build', siteData: '/srv/build/site-data.json', shardPlan: '/srv/build/search-shards.json', searchRecords: '/srv/build/search-records', searchVocabulary: '/srv/build/search-vocabulary.json',
      sitemapData: '/srv/build/sitemap-data.json', report: '/srv/build/report', lock: '/srv/build/build.lock', history: '/srv/build/history',
      openData: '/srv/build/open-data', openDataManifest: '/srv/build/open-data.json', snapshotList: '/srv/build/snapshots.json', stats: '/srv/build/stats.json',
      renderReuse: '/srv/build/render-reuse.json', renderKeys: '/srv/build/render-keys', publishedPages: '/srv/build/published-pages.json', reusePrevious: '/srv/build/reuse-previous.json', ingestCache: '/srv/build/ingest-cache',
    });
  });

  it('takes the work folder of the Astro process from LOKER_WORK_DIR, else .build', () => {
    expect(currentWorkFolder().dir).toBe(path.resolve('.build'));
    process.env.LOKER_WORK_DIR = '/srv/other';
    expect(currentWorkFolder().siteData).toBe('/srv/other/site-data.json');
  });

  it('says which file is missing and to run npm run build', () => {
    const dir = tempDir('work');
    expect(message(dir, () => readSiteData(workFolder(dir)))).toMatchInlineSnapshot(`"Data situs tidak ada (<work>/site-data.json). Jalankan "npm run build" dulu. / Site data missing (<work>/site-data.json): run "npm run build" first."`);
    expect(message(dir, () => readShardPlan(workFolder(dir)))).toMatch(/^Rencana indeks pencarian tidak ada .*search-shards\.json/);
  });

  it('says which file is corrupt when it is cut short', () => {
    const dir = tempDir('work');
    writeSitemapData(workFolder(dir), { asOf: '2026-11-28', closed: [], empty: [], lastmod: {} });
    fs.truncateSync(path.join(dir, 'sitemap-data.json'), 20);
    expect(message(dir, () => readSitemapData(workFolder(dir)))).toMatch(/^Data sitemap tidak valid \(<work>\/sitemap-data\.json\): .*JSON.*\. Jalankan "npm run build" lagi\. \/ Sitemap data invalid \(<work>\/sitemap-data\.json\): run "npm run build" again\.$/);
  });

  it('names the vacancy and the field when a stored vacancy does not fit the published schema', () => {
    const dir = tempDir('work');
    const data = siteData();
    writeSiteData(workFolder(dir), { ...data, vacancies: [data.vacancies[0]!, { ...data.vacancies[1]!, is_open: 'tidak' as unknown as boolean }] });
    expect(message(dir, () => readSiteData(workFolder(dir)))).toMatchInlineSnapshot(`"Data situs tidak valid (<work>/site-data.json): vacancies.1: kolom "is_open" tidak sesuai skema / field "is_open" does not fit the schema ("tidak"). Jalankan "npm run build" lagi. / Site data invalid (<work>/site-data.json): run "npm run build" again."`);
  });

  it('rejects a stored vacancy with a field the schema does not know, or without a required one', () => {
    const dir = tempDir('work');
    const { slug: _slug, ...withoutSlug } = vacancy();
    writeSiteData(workFolder(dir), { ...siteData(), vacancies: [{ ...vacancy(), salary: 5 } as never, withoutSlug as never] });
    expect(message(dir, () => readSiteData(workFolder(dir)))).toContain('vacancies.0: kolom tidak dikenal / unknown field "salary" (+1)');
    writeSiteData(workFolder(dir), { ...siteData(), vacancies: [withoutSlug as never] });
    expect(message(dir, () => readSiteData(workFolder(dir)))).toContain('vacancies.0: kolom wajib "slug" tidak ada / required field "slug" missing');
  });

  it('rejects site data of another shape, naming the first field that is wrong', () => {
    const dir = tempDir('work');
    writeSiteData(workFolder(dir), { ...siteData(), asOf: '28/11/2026' });
    expect(message(dir, () => readSiteData(workFolder(dir)))).toContain('asOf: ');
  });
});
