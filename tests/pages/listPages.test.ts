import { describe, expect, it } from 'vitest';
import { emptyListPaths } from '../../src/lib/site/emptyLists';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import { allLists, feedLists, listPages } from '../../src/lib/site/listPages';
import { listPaths } from '../../src/lib/site/listPaths';
import { listPageTitle, type ListView } from '../../src/lib/site/listView';
import { vacancyCard } from '../../src/lib/site/vacancyCard';
import { vacancy } from '../seo/vacancyFixture';
import { data } from './siteFixture';

const s = groupVacancies(data);
const pages = listPages(s);
const byPath = (path: string) => allLists(s).find((view) => view.path === path)!;

describe('list view models', () => {
  it('counts a province\'s open vacancies and links its kabupaten/kota, without an empty state', () => {
    const jabar = byPath('/wilayah/jawa-barat/');
    expect(jabar).toMatchObject({ params: { province: 'jawa-barat' }, count: 3, noindex: false, empty: undefined, heading: 'Lowongan kerja di Jawa Barat' });
    expect(jabar.description).toBe('3 lowongan kerja resmi yang masih dibuka di Jawa Barat, terbaru lebih dulu. Gratis, tanpa mendaftar.');
    expect(jabar.groups?.links).toEqual([
      { href: '/wilayah/jawa-barat/kota-bandung/', label: 'Kota Bandung', count: 2 },
      { href: '/wilayah/jawa-barat/kabupaten-bogor/', label: 'Kabupaten Bogor', count: 0 },
    ]);
    expect(jabar.vacancies.map((v) => v.slug)).toEqual(['b', 'd', 'a']);
  });

  it('marks a province with no open vacancy noindex and offers the busiest other provinces instead', () => {
    const jateng = byPath('/wilayah/jawa-tengah/');
    expect(jateng.noindex).toBe(true);
    expect(jateng.empty).toEqual({
      kind: 'region', place: 'Jawa Tengah', othersHeading: 'Provinsi yang punya lowongan', national: 0,
      others: [{ href: '/wilayah/jawa-barat/', label: 'Jawa Barat', count: 3 }],
    });
  });

  it('sends an empty kabupaten/kota to its province and its busier neighbours, and names vacancies for the whole province', () => {
    const bogor = byPath('/wilayah/jawa-barat/kabupaten-bogor/');
    expect(bogor).toMatchObject({ caption: 'Jawa Barat', noindex: true, crumbs: [{ href: '/wilayah/jawa-barat/', label: 'Jawa Barat' }, { label: 'Kabupaten Bogor' }] });
    expect(bogor.note).toEqual({ text: '1 lowongan berlaku untuk seluruh Jawa Barat.', href: '/wilayah/jawa-barat/' });
    expect(bogor.empty).toMatchObject({
      province: { href: '/wilayah/jawa-barat/', label: 'Jawa Barat', count: 3 },
      others: [{ href: '/wilayah/jawa-barat/kota-bandung/', label: 'Kota Bandung', count: 2 }],
    });
  });

  it('offers a finer occupation group its major group\'s feed, and writes feeds only for lists that own one', () => {
    expect(byPath('/jabatan/2221-profesional-perawat/').feed).toEqual({
      path: '/jabatan/2-profesional/feed.xml', subject: 'Profesional', about: 'untuk jabatan Profesional', title: 'Lowongan kerja baru untuk jabatan Profesional',
    });
    expect(feedLists(s).map((view) => view.path)).toEqual([
      '/wilayah/jawa-barat/', '/wilayah/jawa-tengah/', '/wilayah/seluruh-indonesia/',
      '/wilayah/jawa-barat/kota-bandung/', '/wilayah/jawa-barat/kabupaten-bogor/', '/wilayah/jawa-tengah/kota-semarang/', '/jabatan/2-profesional/',
      '/luar-negeri/', '/lowongan/',
    ]);
  });

  it('keeps a country whose vacancies all closed, noindex, and has the overseas overview say none are open', () => {
    expect(pages.countries.map((view) => [view.path, view.noindex, view.empty])).toEqual([['/luar-negeri/jepang/', true, { kind: 'country', name: 'Jepang' }]]);
    expect(pages.overseas.groups).toMatchObject({ id: 'negara', none: 'Belum ada lowongan luar negeri yang dibuka.', links: [{ label: 'Jepang', count: 0 }] });
  });

  it('names the page in the title after the first page', () => {
    const jabar = byPath('/wilayah/jawa-barat/');
    expect(listPageTitle(jabar, 1)).toBe('Lowongan kerja di Jawa Barat');
    expect(listPageTitle(jabar, 2)).toBe('Lowongan kerja di Jawa Barat (halaman 2)');
  });

  it('takes the sitemap\'s empty lists from the same rule as the pages\' noindex', () => {
    expect(emptyListPaths(s)).toEqual(allLists(s).filter((view) => view.count === 0).map((view) => view.path).sort());
    expect(emptyListPaths(s)).toContain('/luar-negeri/');
  });
});

describe('list routes', () => {
  it('hands Astro\'s paginate() every list\'s vacancy cards, 20 a page, with the list\'s params and view', () => {
    const calls: { cards: number; pageSize: number; params: Record<string, string>; view: ListView }[] = [];
    listPaths(s, pages.provinces, (cards, { pageSize, params, props }) => [calls.push({ cards: cards.length, pageSize, params, view: props.view })]);
    expect(calls.map((c) => [c.params, c.cards, c.pageSize])).toEqual([
      [{ province: 'jawa-barat' }, 3, 20], [{ province: 'jawa-tengah' }, 0, 20], [{ province: 'seluruh-indonesia' }, 0, 20],
    ]);
  });

  it('pages through every vacancy only in its unit group; the occupation groups above it get their newest page alone', () => {
    const many = groupVacancies({ ...data, vacancies: Array.from({ length: 45 }, (_, i) => vacancy({ slug: `v${String(i).padStart(2, '0')}` })) });
    const calls: [string, number][] = [];
    listPaths(many, listPages(many).occupations, (cards, { params }) => [calls.push([params.group!, cards.length])]);
    expect(calls).toEqual([['2-profesional', 20], ['22-profesional-kesehatan', 20], ['222-profesional-keperawatan', 20], ['2221-profesional-perawat', 45]]);
    expect(listPages(many).occupations.map((view) => [view.count, view.newestOnly])).toEqual([[45, true], [45, true], [45, true], [45, false]]);
  });

  it('shows a home-page card\'s deadline as "closes in" only within a week, and a closed vacancy as closed', () => {
    expect(vacancyCard(s, vacancy({ valid_through: '2026-11-30' }), true)).toMatchObject({ closesSoon: 'Ditutup dalam 2 hari', deadline: '30 November 2026', place: 'Kota Bandung, Jawa Barat' });
    expect(vacancyCard(s, vacancy(), true)).toMatchObject({ closesSoon: undefined, pay: 'Rp 5.000.000 – Rp 6.500.000 per bulan', href: '/lowongan/disnaker-jabar-jb-1/' });
    expect(vacancyCard(s, vacancy({ is_open: false, valid_through: '2026-11-30' }), true)).toMatchObject({ isOpen: false, closesSoon: undefined });
  });

  it('names only the deadline\'s date on a list card, so a list page does not change with the build date', () => {
    expect(vacancyCard(s, vacancy({ valid_through: '2026-11-30' }))).toMatchObject({ closesSoon: undefined, deadline: '30 November 2026' });
    const cards: unknown[] = [];
    listPaths(s, listPages(s).provinces, (page) => [cards.push(...page)]);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => (card as { closesSoon?: string }).closesSoon === undefined)).toBe(true);
    expect(listPages(s).provinces.every((view) => !('asOf' in view))).toBe(true);
  });
});
