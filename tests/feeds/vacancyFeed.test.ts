import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { vacancyFeedXml } from '../../src/lib/feeds/vacancyFeed';
import type { Vacancy } from '../../src/lib/schema/publishedVacancy';
import { hasXmllint } from '../sitemap/xmllint';

const vacancy = {
  slug: 'kantor-a-1', title: 'Admin <Gudang>', employer_name: 'PT Maju & Jaya "Abadi"', is_open: true, date_posted: '2026-11-02',
  valid_through: '2026-12-02', openings: 1, employment_type: 'contract', description: 'Mengelola stok. <b>Wajib</b> teliti & rapi.',
} as Vacancy;

describe('vacancyFeedXml', () => {
  const feed = vacancyFeedXml({
    subject: 'Kota A & B', pageUrl: 'https://x.example.id/wilayah/a/', feedUrl: 'https://x.example.id/wilayah/a/feed.xml', asOf: '2026-11-28',
    vacancies: [{ vacancy, url: 'https://x.example.id/lowongan/kantor-a-1/', place: 'Kota A, Provinsi B' }],
  });

  it.skipIf(!hasXmllint)('escapes markup and ampersands from the data into well-formed XML', async () => {
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: await feed, encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
  });

  it('writes the item title as text and the description as HTML that shows the plain text', async () => {
    const xml = await feed;
    expect(xml).toContain('<title>Admin &lt;Gudang&gt; — PT Maju &amp; Jaya &quot;Abadi&quot;, Kota A, Provinsi B</title>');
    expect(xml).toContain('Mengelola stok. &amp;lt;b&amp;gt;Wajib&amp;lt;/b&amp;gt; teliti &amp;amp; rapi.</description>');
    expect(xml).toContain('<pubDate>Mon, 02 Nov 2026 00:00:00 GMT</pubDate>');
  });
});
