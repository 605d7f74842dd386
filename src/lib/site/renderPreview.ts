import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { previewSvg, type PreviewImage } from './previewImage';

/** DejaVu Sans, when the machine has it (Debian's fonts-dejavu-core), so the image looks the same wherever it is built. */
const FONT_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'].filter((f) => fs.existsSync(f));

/** A preview image as PNG, rendered from its SVG by resvg with the machine's fonts. */
export function renderPreviewPng(image: PreviewImage, sample: boolean): Buffer {
  const resvg = new Resvg(previewSvg(image, sample), {
    font: { fontFiles: FONT_FILES, loadSystemFonts: FONT_FILES.length === 0, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
