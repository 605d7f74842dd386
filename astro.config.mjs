// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The build script sets LOKER_OUT_DIR to a staging folder so a failed build never touches dist/.
export default defineConfig({
  site: process.env.LOKER_SITE_URL ?? 'https://loker-terbuka.example.id',
  outDir: process.env.LOKER_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  integrations: [sitemap({ entryLimit: 45000 })],
});
