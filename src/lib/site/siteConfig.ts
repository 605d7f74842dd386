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
