import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { inspectSite } from '../../src/lib/gates/checkSite';
import { problemLine } from '../../src/lib/gates/problem';
import { workFolder } from '../../src/lib/pipeline/workFolder';
import { tempDir } from '../tempDir';

const SITE_URL = 'https://loker-terbuka.example.id';
/** CI's sample: links, anchors and JSON-LD on every page, html-validate on 10 pages of each template (every template, at a tenth of the cost of all pages). */
const CI_SAMPLE = { links: Infinity, html: 10 };

describe('the publication gates on the fixture site', () => {
  const { outDir, log } = inject('fixtureSite');
  const work = workFolder(`${outDir}.work`);

  it('pass on every page of the site the build published, and the build says so', async () => {
    const check = await inspectSite({ siteDir: outDir, work, siteUrl: SITE_URL, sample: CI_SAMPLE });
    expect(check.problems.map(problemLine)).toEqual([]);
    expect(check.linkChecked).toBe(check.pages);
    expect(log).toMatch(/Gerbang publikasi lulus \/ publication gates passed: \d+ halaman/);
  });

  it('name the page and the problem of a broken site', async () => {
    const site = path.join(tempDir('gates'), 'site');
    // A copy of the published release itself (dist is a link: copying the link would break the shared fixture site).
    fs.cpSync(fs.realpathSync(outDir), site, { recursive: true });
    const home = path.join(site, 'index.html');
    fs.writeFileSync(home, fs.readFileSync(home, 'utf8').replace('</main>', '<a href="/tidak-ada/">x</a><a href="/tentang/#tidak-ada">y</a><p><div></div></p></main>'));
    fs.rmSync(path.join(site, 'lowongan', 'disnaker-uji-u-1'), { recursive: true });
    fs.mkdirSync(path.join(site, 'lowongan', 'yatim'));
    fs.writeFileSync(path.join(site, 'lowongan', 'yatim', 'index.html'), '<!doctype html><html lang="id"><head><title>x</title></head><body></body></html>');
    const sitemap = path.join(site, 'sitemap-0.xml');
    fs.writeFileSync(sitemap, fs.readFileSync(sitemap, 'utf8').replace(/<url><loc>[^<]*disnaker-uji-u-2\/<\/loc>/, '<url><lastmod>x</lastmod><loc>https://loker-terbuka.example.id/lowongan/salah/</loc>'));
    const check = await inspectSite({ siteDir: site, work, siteUrl: SITE_URL });
    const lines = check.problems.map(problemLine).filter((line) => !line.includes('lowongan/disnaker-uji-u-1/ (tidak ada') && !line.includes('HTML tidak sah'));
    expect(lines).toMatchInlineSnapshot(`
      [
        "/lowongan/disnaker-uji-u-1/: halaman lowongan tidak ada / vacancy page missing",
        "/lowongan/yatim/: halaman tanpa lowongan di data / page of no vacancy in the data",
        "/sitemap-0.xml: sitemap tidak sah / invalid sitemap (sitemap.xsd, baris / line 1): Schemas validity error : Element '{http://www.sitemaps.org/schemas/sitemap/0.9}lastmod': This element is not expected. Expected is ( {http://www.sitemaps.org/schemas/sitemap/0.9}loc ).",
        "/sitemap-0.xml: alamat tanpa halaman / address with no page: https://loker-terbuka.example.id/lowongan/disnaker-uji-u-1/",
        "/sitemap-0.xml: alamat tanpa halaman / address with no page: https://loker-terbuka.example.id/lowongan/salah/",
        "/lowongan/disnaker-uji-u-2/: lowongan terbuka tidak ada di sitemap / open vacancy missing from the sitemap",
        "/: tautan rusak / broken link /tidak-ada/ (tidak ada halaman / no page at /tidak-ada/)",
        "/: jangkar rusak / broken anchor /tentang/#tidak-ada (tidak ada id / no id "tidak-ada" on /tentang/)",
      ]
    `);
    expect(check.problems.map(problemLine).filter((line) => line.startsWith('/: HTML tidak sah'))).toMatchInlineSnapshot(`
      [
        "/: HTML tidak sah / invalid HTML (no-implicit-close, baris / line 1): Element <p> is implicitly closed by adjacent <div> at #isi > p:nth-child(12)",
        "/: HTML tidak sah / invalid HTML (close-order, baris / line 1): Stray end tag '</p>'",
      ]
    `);
  });
});
