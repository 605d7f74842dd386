import fs from 'node:fs';
import { z } from 'zod';
import { readCsvFile } from '../readCsvFile';
import { removeBidiControls } from '../parse/bidiControls';
import { slugify } from '../slugify';

/** A web address kept only when it is http(s), so no `javascript:` link reaches a page; anything else is dropped. */
const webAddress = z.string().trim().transform((text) => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
});

/** Free text of an office listing: bidi controls removed, trimmed, empty as absent. */
const cell = (max: number) => z.string().transform((text) => removeBidiControls(text).trim().slice(0, max) || undefined);

/** Where and when a job seeker can go to an office in person (the office-contact columns of data/sources.csv). */
export const officeContactSchema = z.strictObject({
  /** Street address of the office. */
  address: z.string().optional(),
  /** Opening hours as the office writes them (`Senin–Jumat 08.00–15.00`). */
  hours: z.string().optional(),
  /** Telephone number as written. */
  phone: z.string().optional(),
  /** A map link (http/https) to the office. */
  mapUrl: z.string().optional(),
});

/** Where and when a job seeker can go to an office in person. */
export type OfficeContact = z.infer<typeof officeContactSchema>;

/** One row of data/sources.csv: an office's code, display name, website and how to visit it; every column but `source` optional. */
export const sourcesRowSchema = z.object({
  source: z.string().transform(slugify),
  name: cell(300).optional(),
  url: webAddress.optional(),
  address: cell(300).optional(),
  opening_hours: cell(200).optional(),
  phone: cell(60).optional(),
  map_url: webAddress.optional(),
});

/** An office as data/sources.csv lists it. */
export interface OfficeListing {
  name: string;
  url?: string;
  contact?: OfficeContact;
}

/** The offices listed in data/sources.csv by source code; rows without a usable code are skipped, a missing file lists none. */
export function readSourcesFile(file: string | undefined): Map<string, OfficeListing> {
  const listed = new Map<string, OfficeListing>();
  for (const raw of file && fs.existsSync(file) ? readCsvFile(file) : []) {
    const row = sourcesRowSchema.safeParse(raw);
    if (!row.success || !row.data.source) continue;
    const { source, name, url, address, opening_hours: hours, phone, map_url: mapUrl } = row.data;
    const contact = Object.fromEntries(Object.entries({ address, hours, phone, mapUrl }).filter(([, x]) => x !== undefined));
    listed.set(source, { name: name ?? source, url, contact: Object.keys(contact).length ? contact : undefined });
  }
  return listed;
}
