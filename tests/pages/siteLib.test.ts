import { describe, expect, it } from 'vitest';
import { breadcrumbList } from '../../src/lib/site/breadcrumbList';
import { occupationCrumbs, placeCrumbs } from '../../src/lib/site/crumbs';
import { closesInText } from '../../src/lib/site/format';
import { busiest, splitByCount } from '../../src/lib/site/groupLinks';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import { homeSummary } from '../../src/lib/site/homeSummary';
import { keyFacts, vacancyFacts } from '../../src/lib/site/vacancyFacts';
import { vacancyPage } from '../../src/lib/site/vacancyPage';
import { vacancy } from '../seo/vacancyFixture';
import { data } from './siteFixture';

const s = groupVacancies(data);

describe('site lists', () => {
  it('keeps open vacancies apart, newest first, with province-wide ones on their own', () => {
    expect(s.open.all.map((v) => v.slug)).toEqual(['b', 'd', 'a']);
    expect(s.open.byRegency.get('32.73')!.map((v) => v.slug)).toEqual(['b', 'a']);
    expect(s.open.provinceWide.get('32')!.map((v) => v.slug)).toEqual(['d']);
    expect(s.open.byOccupation.get('22')!.length).toBe(3);
  });

  it('sums the home totals from open vacancies and counts every office that reported one', () => {
    const summary = homeSummary(s);
    expect(summary).toMatchObject({ openVacancies: 3, openPositions: 7, offices: 2 });
    expect(summary.closingSoon.map((v) => v.slug)).toEqual(['b', 'd']);
    expect(summary.places.map((p) => `${p.href} ${p.count}`)).toEqual(['/wilayah/jawa-barat/ 3', '/wilayah/jawa-tengah/ 0', '/wilayah/seluruh-indonesia/ 0', '/luar-negeri/ 0']);
    expect(summary.majors).toEqual([{ href: '/jabatan/2-profesional/', label: 'Profesional', count: 3 }]);
  });

  it('shows groups with open vacancies as links and names the empty ones apart; the busiest come first', () => {
    const links = [{ href: '/a/', label: 'A', count: 0 }, { href: '/b/', label: 'B', count: 2 }, { href: '/c/', label: 'C', count: 5 }];
    expect(splitByCount(links).empty.map((l) => l.label)).toEqual(['A']);
    expect(busiest(links, 1).map((l) => l.label)).toEqual(['C']);
  });
});

describe('vacancy page text', () => {
  it('says how many days are left, tomorrow or today', () => {
    expect(closesInText('2026-11-28', '2026-12-31')).toBe('Ditutup dalam 33 hari');
    expect(closesInText('2026-11-28', '2026-11-29')).toBe('Ditutup besok');
    expect(closesInText('2026-11-28', '2026-11-28')).toBe('Ditutup hari ini');
  });

  it('puts employer, place, pay (even when missing) and deadline first, the other reported facts after, empty fields left out', () => {
    const v = vacancy({ salary_min: undefined, salary_max: undefined, age_max: 35, gender: 'female', skills: ['BTCLS', 'Asuhan keperawatan'] });
    expect(keyFacts(s, v).map((f) => `${f.label}: ${f.value}`)).toMatchInlineSnapshot(`
      [
        "Pemberi kerja: RS Sehat Sentosa",
        "Tempat kerja: Kota Bandung, Jawa Barat",
        "Gaji: Tidak dicantumkan",
        "Batas lamaran: 31 Desember 2026",
      ]
    `);
    const facts = vacancyFacts(s, v);
    expect(facts.map((f) => `${f.label}: ${f.value}`)).toMatchInlineSnapshot(`
      [
        "Jabatan: Profesional Perawat (KBJI 2221)",
        "Jenis pekerjaan: Kontrak (PKWT)",
        "Cara kerja: Di lokasi",
        "Jumlah kebutuhan: 2 orang",
        "Usia (seperti dilaporkan): Maksimal 35 tahun",
        "Jenis kelamin (seperti dilaporkan): Perempuan",
        "Keterampilan: BTCLS, Asuhan keperawatan",
      ]
    `);
    expect(facts.find((f) => f.label === 'Jabatan')?.href).toBe('/jabatan/2221-profesional-perawat/');
    expect(facts.find((f) => f.label === 'Jabatan')?.note).toBeUndefined();
  });

  it('notes under the occupation that it was inferred from the title, when it was', () => {
    const inferred = vacancyFacts(s, vacancy({ inferred: ['occupation_code'] })).find((f) => f.label === 'Jabatan');
    expect(inferred?.note).toBe('Jabatan ini disimpulkan dari judul lowongan, bukan ditulis kantor pelapor.');
  });
});

describe('vacancy page view', () => {
  it('points a closed vacancy to open ones in its place and occupation, and names its offices', () => {
    const view = vacancyPage(s, vacancy({ is_open: false, closed_reason: 'filled', also_published_by: ['disnaker-dki', 'unknown-office'] }));
    expect(view.closed).toEqual({
      place: { href: '/wilayah/jawa-barat/kota-bandung/', label: 'Kota Bandung' },
      occupation: { href: '/jabatan/2221-profesional-perawat/', label: 'Profesional Perawat' },
    });
    expect(view.provenance).toEqual({ office: { name: 'Disnakertrans Jawa Barat', url: undefined }, also: ['Disnakertrans DKI', 'unknown-office'], asOf: '2026-11-28' });
    expect(view.crumbs.at(-1)).toEqual({ label: 'Perawat Rawat Inap' });
  });

  it('gives the deadline of an open vacancy as a date in the first screen, without counting days from the build date, so the page stays the same from day to day', () => {
    expect(vacancyPage(s, vacancy()).key.at(-1)).toMatchInlineSnapshot(`
      {
        "label": "Batas lamaran",
        "value": "31 Desember 2026",
      }
    `);
  });
});

describe('breadcrumbs', () => {
  it('trails a vacancy through its province and kabupaten/kota, and an occupation through its groups', () => {
    expect(placeCrumbs(s, vacancy())).toEqual([{ href: '/wilayah/jawa-barat/', label: 'Jawa Barat' }, { href: '/wilayah/jawa-barat/kota-bandung/', label: 'Kota Bandung' }]);
    expect(placeCrumbs(s, vacancy({ region_scope: 'overseas', country: 'JP', province_code: undefined, regency_code: undefined })))
      .toEqual([{ href: '/luar-negeri/', label: 'Luar negeri' }, { href: '/luar-negeri/jepang/', label: 'Jepang' }]);
    expect(occupationCrumbs(s, s.occupationByCode.get('2221')!).map((c) => c.href ?? c.label))
      .toEqual(['/jabatan/2-profesional/', '/jabatan/22-profesional-kesehatan/', '/jabatan/222-profesional-keperawatan/', 'Profesional Perawat']);
  });

  it('gives BreadcrumbList JSON-LD absolute URLs for every step but the current page', () => {
    expect(breadcrumbList([{ href: '/', label: 'Beranda' }, { label: 'Jawa Barat' }], 'https://x.example.id')).toEqual({
      '@context': 'https://schema.org', '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://x.example.id/' },
        { '@type': 'ListItem', position: 2, name: 'Jawa Barat' },
      ],
    });
  });
});
