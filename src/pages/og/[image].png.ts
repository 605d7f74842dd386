import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPreviewPng } from '../../lib/site/renderPreview';
import { previewImages, type PreviewImage } from '../../lib/site/previewImage';
import { site } from '../../lib/site/site';

/** One preview image per region that has a vacancy page (src/lib/site/previewImage.ts), rendered once at build time. */
export const getStaticPaths = (() => previewImages(site()).map((image) => ({ params: { image: image.slug }, props: { image } }))) satisfies GetStaticPaths;

/** The PNG of one region's preview image. */
export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(renderPreviewPng((props as { image: PreviewImage }).image, site().data.site?.sample ?? false)), {
  headers: { 'Content-Type': 'image/png' },
});
