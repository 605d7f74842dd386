import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSitemapCoverage, checkVacancyPages } from '../../src/lib/gates/coverage';
import { settleVacancies } from '../../src/lib/pipeline/settledPages';
import { readSiteData, workFolder, writeSiteData } from '../../src/lib/pipeline/workFolder';
import type { SiteData } from '../../src/lib/pipeline/workFolderSchemas';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import { homeSummary } from '../../src/lib/site/homeSummary';
import { countryLists, overseasList } from '../../src/lib/site/overseasLists';
import { keyBases, outputFile, VACANCY_PAGE, vacancyPageKey } from '../../src/lib/site/pageKeys';
import { previewImages } from '../../src/lib/site/previewImage';
import { vacancy } from '../seo/vacancyFixture';
import { data } from '../pages/siteFixture';
import { tempDir } from '../tempDir';

const CODE = 'code-digest';

/** The fixture with one more office's closed vacancy in Malaysia, reported nowhere else. */
const site: SiteData = {
  ...data,
  sources: [...data.sources, { source: 'disnaker-riau', name: 'Disnakertrans Riau' }],
  vacancies: [...data.vacancies, vacancy({ slug: 'f', source: 'disnaker-riau', region_scope: 'overseas', country: 'MY', province_code: undefined, regency_code: undefined, date_posted: '2026-11-26', is_open: false, closed_reason: 'expired' })],
};

/**
 * A work folder as the build leaves it before the prepare stage: the published site's page keys as its Astro process
 * made them, from the site data read back from `site-data.json` (`render-reuse.json`, pipeline/reuse.ts).
 */
function publishedKeys(published: SiteData, changed: Record<string, string> = {}) {
  const work = workFolder(tempDir('settled'));
  writeSiteData(work, published);
  const read = readSiteData(work);
  const bases = keyBases(CODE, read);
  const pages = Object.fromEntries(read.vacancies.map((v) => [outputFile(VACANCY_PAGE, { slug: v.slug }), changed[v.slug] ?? vacancyPageKey(bases, v)]));
  fs.writeFileSync(work.renderReuse, JSON.stringify({ code: CODE, previous: pages }));
  return work;
}

describe('settled vacancies: closed ones whose published page is unchanged', () => {
  it('are the closed vacancies whose page the published site holds from the same key; open and changed ones stay whole', () => {
    const work = publishedKeys(site, { e: 'an-older-page' });
    const split = settleVacancies(work, site.vacancies, site);
    expect(split.settled.map((v) => v.slug)).toEqual(['c', 'f']);
    expect(split.vacancies.map((v) => v.slug)).toEqual(['a', 'b', 'd', 'e']);
    expect(split.settled[1]).toEqual({ slug: 'f', key: expect.any(String), source: 'disnaker-riau', also_published_by: [], region_scope: 'overseas', country: 'MY', date_posted: '2026-11-26' });
  });

  it('are none in a full build, with another code, or with other shared site data (an office renamed)', () => {
    const full = publishedKeys(site);
    fs.writeFileSync(full.renderReuse, JSON.stringify({ code: CODE, previous: null }));
    expect(settleVacancies(full, site.vacancies, site).settled).toEqual([]);
    const code = publishedKeys(site);
    fs.writeFileSync(code.renderReuse, fs.readFileSync(code.renderReuse, 'utf8').replace(CODE, 'new-code'));
    expect(settleVacancies(code, site.vacancies, site).settled).toEqual([]);
    const renamed = { ...site, sources: site.sources.map((s) => ({ ...s, name: `${s.name} (baru)` })) };
    expect(settleVacancies(publishedKeys(site), renamed.vacancies, renamed).settled).toEqual([]);
    expect(settleVacancies(workFolder(tempDir('settled-none')), site.vacancies, site).settled).toEqual([]);
  });

  it('count on every page that reads all vacancies as before: offices, overseas countries, preview images', () => {
    const split = { ...site, ...settleVacancies(publishedKeys(site), site.vacancies, site) };
    expect(split.settled.map((v) => v.slug)).toEqual(['c', 'e', 'f']);
    // Through the work folder, as the Astro process reads them.
    const work = workFolder(tempDir('settled-read'));
    writeSiteData(work, split);
    const [whole, settled] = [groupVacancies(site), groupVacancies(readSiteData(work))];
    expect(homeSummary(settled).offices).toBe(3);
    expect(homeSummary(settled)).toEqual(homeSummary(whole));
    expect(settled.countries).toEqual(['MY', 'JP']);
    expect(countryLists(settled)).toEqual(countryLists(whole));
    expect(overseasList(settled)).toEqual(overseasList(whole));
    expect(previewImages(settled)).toEqual(previewImages(whole));
  });

  it('are checked by the gates: each has its page, and none is in the sitemap', () => {
    const split = { ...site, ...settleVacancies(publishedKeys(site), site.vacancies, site) };
    const dir = tempDir('settled-site');
    for (const v of site.vacancies.filter((v) => v.slug !== 'c')) {
      fs.mkdirSync(path.join(dir, 'lowongan', v.slug), { recursive: true });
      fs.writeFileSync(path.join(dir, 'lowongan', v.slug, 'index.html'), '');
    }
    expect(checkVacancyPages(dir, split)).toEqual([{ page: '/lowongan/c/', problem: expect.stringContaining('vacancy page missing') }]);
    const origin = 'https://loker.example.id';
    const listed = new Set(['a', 'b', 'd', 'f'].map((slug) => `${origin}/lowongan/${slug}/`));
    expect(checkSitemapCoverage(split, listed, origin)).toEqual([{ page: '/lowongan/f/', problem: expect.stringContaining('closed vacancy listed in the sitemap') }]);
    expect(checkSitemapCoverage(split, listed, origin)).toEqual(checkSitemapCoverage(site, listed, origin));
  });
});
