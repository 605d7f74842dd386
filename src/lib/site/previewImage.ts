import { t } from '../../i18n';
import { everyVacancy } from '../pipeline/workFolderSchemas';
import type { Vacancy } from '../schema/publishedVacancy';
import type { SiteIndex } from './groupVacancies';
import { shortPlaceName } from './shortNames';

/** Size of every preview image: Open Graph's 1.91:1, which WhatsApp, Telegram and X show as a large preview. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** One preview image: its file name under /og/ and the region it names. */
export interface PreviewImage {
  slug: string;
  region: string;
}

const NATIONAL = 'seluruh-indonesia';
const OVERSEAS = 'luar-negeri';

/** The preview image a vacancy page shows: its province's, or the nationwide or overseas one (one image per region, not per vacancy). */
export function previewImageOf(s: Pick<SiteIndex, 'provinceByCode'>, v: Pick<Vacancy, 'region_scope' | 'province_code'>): PreviewImage {
  if (v.region_scope === 'overseas') return { slug: OVERSEAS, region: t.phone.preview.overseas };
  const province = v.region_scope === 'national' ? undefined : s.provinceByCode.get(v.province_code ?? '');
  return province ? { slug: province.slug, region: shortPlaceName(province.name) } : { slug: NATIONAL, region: t.labels.nationwide };
}

/** Every preview image the site's vacancy pages use, once each, by file name: at most the provinces plus two. */
export function previewImages(s: Pick<SiteIndex, 'provinceByCode' | 'data'>): PreviewImage[] {
  const bySlug = new Map(everyVacancy(s.data).map((v) => previewImageOf(s, v)).map((image) => [image.slug, image]));
  return [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The path of a preview image on the site. */
export function previewImagePath(image: PreviewImage): string {
  return `/og/${image.slug}.png`;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The SVG of a preview image: the site's name, the region in large type, the no-fee promise, and a sample mark when the data is the sample. */
export function previewSvg(image: PreviewImage, sample: boolean): string {
  const { width, height } = PREVIEW_SIZE;
  const p = t.phone.preview;
  // Large type that still fits one line: at most 0.7 em per character of DejaVu Sans Bold.
  const regionSize = Math.min(96, Math.floor(1040 / (0.7 * Math.max(image.region.length, 1))));
  const text = (y: number, size: number, content: string, weight = 400, fill = '#ffffff', x = 80, anchor = 'start') =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-family="DejaVu Sans, Noto Sans, Liberation Sans, sans-serif" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#12436d"/>`,
    `<rect y="${height - 24}" width="${width}" height="24" fill="#1d70b8"/>`,
    text(130, 56, t.site.name, 700),
    text(200, 36, p.tagline, 400, '#dbe7f3'),
    text(370, regionSize, image.region, 700),
    text(500, 40, p.noFee, 700, '#ffdd00'),
    sample ? `<rect x="760" y="60" width="380" height="84" fill="#ffdd00"/>${text(116, 40, p.sample, 700, '#0b0c0c', 950, 'middle')}` : '',
    '</svg>',
  ].join('');
}
