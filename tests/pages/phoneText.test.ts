import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readableOccupationTitle } from '../../src/lib/site/occupationTitles';
import { previewImageOf, previewSvg } from '../../src/lib/site/previewImage';
import { shareLinks } from '../../src/lib/site/share';
import { shortPlaceName } from '../../src/lib/site/shortNames';
import { readSiteConfig } from '../../src/lib/site/siteConfig';
import { vacancy } from '../seo/vacancyFixture';
import { tempDir } from '../tempDir';

describe('short place names', () => {
  it('drops the administrative form of Jakarta\'s cities and regency and abbreviates the special regions, by rule', () => {
    expect(['Kota Administrasi Jakarta Selatan', 'Kabupaten Administrasi Kepulauan Seribu', 'Daerah Khusus Ibukota Jakarta', 'Daerah Khusus Jakarta',
      'Daerah Istimewa Yogyakarta', 'Kota Bandung', 'Kabupaten Bandung', 'Kepulauan Bangka Belitung'].map(shortPlaceName)).toEqual([
      'Jakarta Selatan', 'Kepulauan Seribu', 'DKI Jakarta', 'DK Jakarta', 'DI Yogyakarta', 'Kota Bandung', 'Kabupaten Bandung', 'Kepulauan Bangka Belitung',
    ]);
  });

  it('writes out KBJI\'s abbreviations in occupation titles', () => {
    expect(readableOccupationTitle('Manajer Layanan YTDL')).toBe('Manajer Layanan yang Tidak Diklasifikasikan di Tempat Lain');
    expect(readableOccupationTitle('Manajer Pasokan, Distribusi dan YBDI')).toBe('Manajer Pasokan, Distribusi dan yang Berhubungan dengan Itu');
  });
});

describe('share links', () => {
  it('sends the text and address to WhatsApp and Telegram, encoded', () => {
    expect(shareLinks('https://x.id/lowongan/a-1/', 'Sopir & kenek')).toEqual({
      whatsapp: 'https://wa.me/?text=Sopir%20%26%20kenek%20https%3A%2F%2Fx.id%2Flowongan%2Fa-1%2F',
      telegram: 'https://t.me/share/url?url=https%3A%2F%2Fx.id%2Flowongan%2Fa-1%2F&text=Sopir%20%26%20kenek',
      url: 'https://x.id/lowongan/a-1/',
    });
  });
});

describe('the publisher\'s settings (data/site.json)', () => {
  const withFile = (text?: string) => {
    const dir = tempDir('site-config');
    if (text !== undefined) fs.writeFileSync(path.join(dir, 'site.json'), text);
    const warnings: string[] = [];
    return { config: readSiteConfig(dir, (m) => warnings.push(m)), warnings };
  };

  it('reads the bundled sample settings, which say they are the sample', () => {
    expect(readSiteConfig(path.resolve('data')).sample).toBe(true);
  });

  it('builds without a settings file, as not the sample and with no publisher details', () => {
    expect(withFile()).toEqual({ config: { sample: false }, warnings: [] });
  });

  it('ignores a broken settings file with a warning instead of stopping the build', () => {
    const { config, warnings } = withFile('{"sample": "ya", "report": {"email": "bukan surel"}}');
    expect(config).toEqual({ sample: false });
    expect(warnings[0]).toContain('sample');
    expect(warnings[0]).toContain('report.email');
  });
});

describe('link-preview images', () => {
  const s = { provinceByCode: new Map([['31', { code: '31', name: 'Daerah Khusus Ibukota Jakarta', slug: 'dki-jakarta' }]]) };

  it('names a vacancy\'s province in short, or the nationwide or overseas image', () => {
    expect([vacancy({ province_code: '31' }), vacancy({ region_scope: 'national', province_code: undefined }), vacancy({ region_scope: 'overseas', country: 'JP' })].map((v) => previewImageOf(s, v)))
      .toEqual([{ slug: 'dki-jakarta', region: 'DKI Jakarta' }, { slug: 'seluruh-indonesia', region: 'Seluruh Indonesia' }, { slug: 'luar-negeri', region: 'Luar negeri' }]);
  });

  it('escapes the region in the SVG and marks the sample', () => {
    const svg = previewSvg({ slug: 'x', region: '<script>&"' }, true);
    expect(svg).toContain('&#60;script&#62;&#38;&#34;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('DATA CONTOH');
    expect(previewSvg({ slug: 'x', region: 'Aceh' }, false)).not.toContain('DATA CONTOH');
  });
});
