import { describe, expect, it } from 'vitest';
import { checkJobPosting } from '../../src/lib/seo/checkJobPosting';
import { checkOpenVacancies } from '../../src/lib/seo/checkOpenVacancies';
import { googleEmploymentType, jobPostingFor } from '../../src/lib/seo/jobPosting';
import { serializeJsonLd } from '../../src/lib/seo/serializeJsonLd';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';
import { context, vacancy } from './vacancyFixture';

/** The JSON-LD exactly as a page prints it, read back. */
const printed = (v: Vacancy) => JSON.parse(serializeJsonLd(jobPostingFor(v, context))) as Record<string, any>;

const representative: Record<string, Vacancy> = {
  'kabupaten/kota': vacancy(),
  'province only': vacancy({ region: 'Jawa Barat', region_scope: 'province', regency_code: undefined }),
  nationwide: vacancy({ region: 'Seluruh Indonesia', region_scope: 'national', province_code: undefined, regency_code: undefined }),
  overseas: vacancy({ region: 'Osaka', region_scope: 'overseas', country: 'JP', province_code: undefined, regency_code: undefined }),
  'overseas without a city': vacancy({ region: undefined, region_scope: 'overseas', country: 'KR', province_code: undefined, regency_code: undefined }),
  remote: vacancy({ work_mode: 'remote' }),
  'remote nationwide': vacancy({ work_mode: 'remote', region_scope: 'national', province_code: undefined, regency_code: undefined }),
  hybrid: vacancy({ work_mode: 'hybrid', work_address: 'Jl. Pasteur No. 38' }),
  'no salary': vacancy({ salary_min: undefined, salary_max: undefined }),
  'single salary': vacancy({ salary_min: 4_500_000, salary_max: undefined }),
  'unknown region code': vacancy({ province_code: '99', regency_code: '99.99' }),
  ...Object.fromEntries(Object.keys(googleEmploymentType).map((t) => [`employment ${t}`, vacancy({ employment_type: t as Vacancy['employment_type'] })])),
};

describe('jobPostingFor', () => {
  it.each(Object.entries(representative))('gives a %s vacancy JSON-LD without errors under Google\'s rules', (_, v) => {
    expect(checkJobPosting(printed(v)).errors).toEqual([]);
  });

  it('describes a vacancy in Kota Bandung with every recommended property', () => {
    const jsonLd = printed(vacancy({ work_address: 'Jl. Pasteur No. 38' }));
    expect(checkJobPosting(jsonLd).warnings.map((w) => w.message)).toEqual([
      'Missing field "applicantLocationRequirements" (optional)', 'Missing field "jobLocationType" (optional)',
    ]);
    expect(jsonLd).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "baseSalary": {
          "@type": "MonetaryAmount",
          "currency": "IDR",
          "value": {
            "@type": "QuantitativeValue",
            "maxValue": 6500000,
            "minValue": 5000000,
            "unitText": "MONTH",
          },
        },
        "datePosted": "2026-11-01",
        "description": "<p>Merawat pasien rawat inap.</p><ul><li>Shift bergilir</li></ul>",
        "directApply": false,
        "employmentType": "TEMPORARY",
        "hiringOrganization": {
          "@type": "Organization",
          "name": "RS Sehat Sentosa",
        },
        "identifier": {
          "@type": "PropertyValue",
          "name": "Disnakertrans Provinsi Jawa Barat",
          "value": "JB-1",
        },
        "jobLocation": {
          "@type": "Place",
          "address": {
            "@type": "PostalAddress",
            "addressCountry": "ID",
            "addressLocality": "Kota Bandung",
            "addressRegion": "Jawa Barat",
            "streetAddress": "Jl. Pasteur No. 38",
          },
        },
        "title": "Perawat Rawat Inap",
        "totalJobOpenings": 2,
        "validThrough": "2026-12-31T23:59:59+07:00",
      }
    `);
  });

  it('closes applications at the end of the last day in Jakarta time', () => {
    expect(printed(vacancy({ valid_through: '2026-12-31' })).validThrough).toBe('2026-12-31T23:59:59+07:00');
  });

  it('maps employment types to Google\'s values, PKWT contracts as temporary employees', () => {
    expect(googleEmploymentType).toEqual({
      full_time: 'FULL_TIME', part_time: 'PART_TIME', permanent: 'FULL_TIME', contract: 'TEMPORARY',
      temporary: 'TEMPORARY', internship: 'INTERN', daily: 'PER_DIEM',
    });
  });

  it('says pay per month in Rupiah as a range, a single amount, or not at all', () => {
    expect(printed(vacancy()).baseSalary.value).toEqual({ '@type': 'QuantitativeValue', minValue: 5_000_000, maxValue: 6_500_000, unitText: 'MONTH' });
    expect(printed(vacancy({ salary_min: 4_500_000, salary_max: undefined })).baseSalary.value).toEqual({ '@type': 'QuantitativeValue', value: 4_500_000, unitText: 'MONTH' });
    expect(printed(vacancy({ salary_min: 7_000_000, salary_max: 7_000_000 })).baseSalary.value.value).toBe(7_000_000);
    expect(printed(vacancy({ salary_min: undefined, salary_max: 8_000_000 })).baseSalary).toEqual({
      '@type': 'MonetaryAmount', currency: 'IDR', value: { '@type': 'QuantitativeValue', value: 8_000_000, unitText: 'MONTH' },
    });
    expect(printed(vacancy({ salary_min: undefined, salary_max: undefined }))).not.toHaveProperty('baseSalary');
    expect(printed(vacancy({ salary_min: 20_000, salary_max: 25_000, salary_currency: 'PHP' })).baseSalary.currency).toBe('PHP');
  });

  it('names only the country for a nationwide vacancy and takes applicants from all of Indonesia', () => {
    const jsonLd = printed(representative.nationwide);
    expect(jsonLd.jobLocation).toEqual({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'ID' } });
    expect(jsonLd.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'Indonesia' });
    expect(jsonLd).not.toHaveProperty('jobLocationType');
  });

  it('gives a province-only vacancy its province as the region', () => {
    expect(printed(representative['province only']).jobLocation.address).toEqual({ '@type': 'PostalAddress', addressRegion: 'Jawa Barat', addressCountry: 'ID' });
  });

  it('places an overseas vacancy in its country, with the city when reported', () => {
    expect(printed(representative.overseas).jobLocation.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Osaka', addressCountry: 'JP' });
    expect(printed(representative['overseas without a city']).jobLocation.address).toEqual({ '@type': 'PostalAddress', addressCountry: 'KR' });
  });

  it('marks remote work TELECOMMUTE for applicants in Indonesia, without a place; hybrid work keeps its place', () => {
    const remote = printed(representative.remote);
    expect(remote.jobLocationType).toBe('TELECOMMUTE');
    expect(remote.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'Indonesia' });
    expect(remote).not.toHaveProperty('jobLocation');
    const hybrid = printed(representative.hybrid);
    expect(hybrid).not.toHaveProperty('jobLocationType');
    expect(hybrid.jobLocation.address.streetAddress).toBe('Jl. Pasteur No. 38');
  });

  it('identifies the vacancy by the office\'s name and id, and never claims direct apply', () => {
    const jsonLd = printed(vacancy());
    expect(jsonLd.identifier).toEqual({ '@type': 'PropertyValue', name: 'Disnakertrans Provinsi Jawa Barat', value: 'JB-1' });
    expect(jsonLd.directApply).toBe(false);
    expect(printed(vacancy({ source: 'kantor-baru' })).identifier.name).toBe('kantor-baru');
  });

  it('links the page when the site address is known', () => {
    expect(jobPostingFor(vacancy(), { ...context, siteUrl: 'https://loker.example.id' }).url).toBe('https://loker.example.id/lowongan/disnaker-jabar-jb-1/');
  });

  it('keeps HTML in the data as text in the description, with requirements and benefits as sections', () => {
    const jsonLd = printed(vacancy({ description: 'Kerja <b>shift</b> & lembur', requirements: '- STR aktif', benefits: 'BPJS' }));
    expect(jsonLd.description).toBe('<p>Kerja &lt;b&gt;shift&lt;/b&gt; &amp; lembur</p><p><strong>Persyaratan</strong></p><ul><li>STR aktif</li></ul><p><strong>Fasilitas</strong></p><p>BPJS</p>');
  });
});

describe('serializeJsonLd', () => {
  const attack = '</script><script>alert(1)</script>';

  it('escapes </ and <! so a value can never close the script tag or open a comment in it, and parses back to the same data', () => {
    const data = { '@type': 'JobPosting', description: `${attack}<!--<script>`, title: 'a > b & c <p> \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<[/!]|[\u2028\u2029]/);
    expect(json).toContain('<\\/script><script>alert(1)<\\/script>\\u003c!--<script>');
    expect(json).toContain('a > b & c <p> \\u2028');
    expect(JSON.parse(json)).toEqual(data);
  });

  it('leaves no end tag in a vacancy whose description, title and employer hold one', () => {
    const json = serializeJsonLd(jobPostingFor(vacancy({ description: attack, title: attack, employer_name: attack }), context));
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('</');
    expect(JSON.parse(json).title).toBe(attack);
  });

  it('keeps the description markup readable: <p> as it is, </p> as <\\/p>', () => {
    expect(serializeJsonLd({ description: '<p>a</p>' })).toBe('{"description":"<p>a<\\/p>"}');
  });
});

describe('checkOpenVacancies', () => {
  it('finds no problem in representative open vacancies and skips closed ones', () => {
    expect(checkOpenVacancies(Object.values(representative), context)).toEqual([]);
  });

  it('names the file, line and rule when an open vacancy would break a required rule', () => {
    const broken = vacancy({ employer_name: '  ', line: 7 });
    const closed = vacancy({ employer_name: '', is_open: false, status: 'filled', closed_reason: 'filled' });
    expect(checkOpenVacancies([broken, closed], context)).toMatchInlineSnapshot(`
      [
        "vacancies/disnaker-jabar.csv baris/line 7 (lowongan disnaker-jabar-jb-1): data terstruktur JobPosting melanggar aturan Google / JobPosting structured data breaks a Google rule: Required attribute "hiringOrganization.name" is missing",
      ]
    `);
  });
});
