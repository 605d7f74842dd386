import { describe, expect, inject, it } from 'vitest';
import { measureSite, pageType, stylesheetsOf, scriptCount } from '../../tools/bench/pageWeight';

/** The budget for a vacancy page: HTML and CSS together, gzipped (DESIGN.md, "Scale and budgets"). */
const VACANCY_BUDGET = 15 * 1024;

describe('page weight of the fixture site', () => {
  const weights = measureSite(inject('fixtureSite').outDir);

  it('keeps the largest vacancy page within 15 KB of gzipped HTML and CSS', () => {
    const vacancies = weights.filter((w) => w.type.startsWith('vacancy'));
    expect(vacancies.length).toBeGreaterThan(3);
    const largest = vacancies.reduce((a, b) => (b.total > a.total ? b : a));
    expect(largest.css, 'the page links its stylesheet').toBeGreaterThan(0);
    expect(largest.total, largest.page).toBeLessThanOrEqual(VACANCY_BUDGET);
  });

  it('runs no JavaScript on vacancy, region, occupation or home pages', () => {
    const offenders = weights.filter((w) => w.type !== 'search' && w.scripts > 0).map((w) => w.page);
    expect(offenders).toEqual([]);
  });
});

describe('page weight helpers', () => {
  it('tells page types apart by path, and closed vacancies by their noindex', () => {
    expect(pageType('index.html', '')).toBe('home');
    expect(pageType('wilayah/jawa-barat/2/index.html', '')).toBe('province');
    expect(pageType('wilayah/jawa-barat/kota-bandung/3/index.html', '')).toBe('kabupaten/kota');
    expect(pageType('lowongan/x/index.html', '<meta name="robots" content="noindex">')).toBe('vacancy (closed)');
    expect(pageType('lowongan/x/index.html', '')).toBe('vacancy (open)');
  });

  it('counts the list of all vacancies and its numbered pages as a list, not as vacancies, and feed pages apart', () => {
    expect(['lowongan/index.html', 'lowongan/2/index.html', 'lowongan/ikuti/index.html', 'wilayah/jawa-barat/ikuti/index.html', 'wilayah/index.html', 'jabatan/index.html']
      .map((page) => pageType(page, ''))).toEqual(['all vacancies', 'all vacancies', 'feed page', 'feed page', 'other', 'other']);
  });

  it('counts linked stylesheets, and scripts other than JSON-LD', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{}</script><script src="/x.js"></script>';
    expect(stylesheetsOf(html)).toEqual(['/_astro/a.css']);
    expect(scriptCount(html)).toBe(1);
  });
});
