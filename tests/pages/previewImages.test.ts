import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { outDir } = inject('fixtureSite');
const read = (url: string) => fs.readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
/** Width and height from a PNG's header chunk. */
const pngSize = (file: string) => {
  const bytes = fs.readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString(), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
};

describe('link-preview images of vacancy pages', () => {
  it('gives a vacancy its province\'s image with size and a text alternative, and a large Twitter card', () => {
    const html = read('lowongan/disnaker-uji-u-6');
    expect(['og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card'].map((k) => meta(html, k))).toEqual([
      'https://loker-terbuka.example.id/og/sumatera-utara.png', '1200', '630',
      'Loker Terbuka: lowongan kerja resmi di Sumatera Utara. Melamar tidak dipungut biaya.', 'summary_large_image',
    ]);
    expect(meta(read('lowongan/disnaker-uji-u-19'), 'og:image')).toBe('https://loker-terbuka.example.id/og/luar-negeri.png');
    expect(meta(read('lowongan/disnaker-uji-u-7'), 'og:image')).toBe('https://loker-terbuka.example.id/og/seluruh-indonesia.png');
  });

  it('writes one PNG per region with a vacancy page, not one per vacancy, each 1200 × 630 and small enough for WhatsApp', () => {
    const files = fs.readdirSync(path.join(outDir, 'og'));
    expect(files).toEqual(['daerah-khusus-ibukota-jakarta.png', 'jawa-barat.png', 'jawa-tengah.png', 'jawa-timur.png', 'luar-negeri.png', 'seluruh-indonesia.png', 'sumatera-utara.png']);
    for (const file of files) {
      const png = pngSize(path.join(outDir, 'og', file));
      expect(png).toMatchObject({ signature: 'PNG', width: 1200, height: 630 });
      expect(png.bytes).toBeLessThan(100_000);
    }
  });

  it('leaves list pages without a preview image', () => {
    expect(meta(read('wilayah/jawa-barat'), 'og:image')).toBeUndefined();
    expect(meta(read('wilayah/jawa-barat'), 'twitter:card')).toBe('summary');
  });
});
