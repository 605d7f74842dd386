import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Ways a reader can reach the publisher; each one the publisher leaves out is not shown. */
const channelsSchema = z.strictObject({
  email: z.email().optional(),
  /** A phone number as people dial it (`(022) 123 4567`). */
  phone: z.string().min(3).optional(),
  /** A WhatsApp number in international form, digits only (`6281234567890`). */
  whatsapp: z.string().regex(/^\d{8,15}$/).optional(),
  /** A web form or page, http(s). */
  url: z.url({ protocol: /^https?$/ }).optional(),
  address: z.string().min(3).optional(),
});

/** `data/site.json`: who publishes this site and how to reach them, set by the publisher; `sample` marks the bundled sample data. */
export const siteConfigSchema = z.strictObject({
  /** True while the site is built from the bundled sample: every page says so. */
  sample: z.boolean().default(false),
  /** The site's public address (`https://loker.kemnaker.go.id`), used in canonical links, sitemaps, feeds and the open data; `LOKER_SITE_URL` overrides it. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  publisher: z.strictObject({
    name: z.string().min(2),
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** One or two sentences: who runs the site and on whose behalf. */
    about: z.string().min(2).optional(),
  }).optional(),
  /** How often the data is refreshed, in words (`setiap hari kerja`). */
  updates: z.string().min(2).optional(),
  contact: channelsSchema.optional(),
  /** Where to report a fraudulent vacancy. */
  report: channelsSchema.optional(),
});

/** The publisher's settings, as the pages read them. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** The settings file's name inside the data folder. */
export const SITE_CONFIG_FILE = 'site.json';

/** Reads `data/site.json`; without one the site has no publisher details. A broken file is reported, and ignored rather than stopping the build. */
export function readSiteConfig(dataDir: string, warn: (message: string) => void = console.warn): SiteConfig {
  const file = path.join(dataDir, SITE_CONFIG_FILE);
  if (!fs.existsSync(file)) return { sample: false };
  try {
    return siteConfigSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    const problem = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (error as Error).message;
    warn(`Peringatan: ${file} tidak dapat dibaca dan diabaikan (${problem}). / Warning: ${file} is unreadable and ignored.`);
    return { sample: false };
  }
}

/** The environment variable that sets the site's public address (above `url` in data/site.json); the build sets it for its stages once resolved. */
export const SITE_URL_VARIABLE = 'LOKER_SITE_URL';
/** The placeholder address of a sample build, never of a production one. */
export const SAMPLE_SITE_URL = 'https://loker-terbuka.example.id';

/** The site's public address, without a trailing slash: `LOKER_SITE_URL`, else `url` in the data folder's site.json, else the sample placeholder (resolveSiteUrl refuses that for a production build). */
export function siteUrl(dataDir = 'data', env: NodeJS.ProcessEnv = process.env): string {
  return (env[SITE_URL_VARIABLE] || readSiteConfig(dataDir, () => undefined).url || SAMPLE_SITE_URL).replace(/\/+$/, '');
}

/** What the build is told about its address: the address, or why a production build cannot have one. */
export type SiteAddress = { url: string; sample: boolean } | { problem: string };

/**
 * The build's address, checked once before any stage: a production build (`"sample": false`, or no site.json) needs
 * `LOKER_SITE_URL` or `url` in site.json, a valid http(s) address; a sample build may use the placeholder.
 */
export function resolveSiteUrl(dataDir: string, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const config = readSiteConfig(dataDir, () => undefined);
  const given = env[SITE_URL_VARIABLE] || config.url;
  if (given && !z.url({ protocol: /^https?$/ }).safeParse(given).success) {
    return { problem: `${SITE_URL_VARIABLE}="${given}" bukan alamat http(s) / is not an http(s) address` };
  }
  if (!given && !config.sample) {
    return { problem: `Alamat situs belum diatur: isi "url" di ${path.join(dataDir, SITE_CONFIG_FILE)} atau ${SITE_URL_VARIABLE} (contoh https://loker.example.go.id) / the site's address is not set: put "url" in ${SITE_CONFIG_FILE} or set ${SITE_URL_VARIABLE}` };
  }
  return { url: siteUrl(dataDir, env), sample: config.sample };
}
