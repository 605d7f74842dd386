import fs from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import { removeBidiControls } from '../parse/bidiControls';
import { slugify } from '../slugify';

/** An office's web address, kept only when it is http(s), so no `javascript:` link reaches a page. */
function webAddress(text: string | undefined): string | undefined {
  try {
    const written = (text ?? '').trim();
    const url = new URL(written);
    return url.protocol === 'http:' || url.protocol === 'https:' ? written : undefined;
  } catch {
    return undefined;
  }
}

/** Free text of an office listing: bidi controls removed, trimmed, cut at `max` characters, empty as absent. */
const cell = (max = 300) => z.string().optional().transform((s) => (s === undefined ? undefined : removeBidiControls(s).trim().slice(0, max) || undefined));

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

/** One row of `data/sources.csv`: an office's code, display name, web address, own province and how to visit it; every column but `source` optional. */
export const sourceRowSchema = z.object({
  source: z.string().transform((s) => slugify(s)).pipe(z.string().min(1)),
  name: cell(),
  url: cell().transform(webAddress),
  /** The office's own province (Kemendagri code `32` or name `Jawa Barat`): evidence for a bare place name several provinces share. */
  province: cell(),
  address: cell(),
  opening_hours: cell(200),
  phone: cell(60),
  map_url: cell().transform(webAddress),
}).transform(({ address, opening_hours: hours, phone, map_url: mapUrl, ...office }) => {
  const contact: OfficeContact = Object.fromEntries(Object.entries({ address, hours, phone, mapUrl }).filter(([, x]) => x !== undefined));
  return { ...office, contact: Object.keys(contact).length ? contact : undefined };
});

/** An office as sources.csv describes it. */
export type SourceRow = z.output<typeof sourceRowSchema>;

/** What sources.csv gave: the offices by code, and where it is broken (an unclosed quote), if it is. */
export interface SourcesFile {
  offices: Map<string, SourceRow>;
  broken?: { line: number; error: string };
}

/**
 * Reads `data/sources.csv` (missing: no offices). A broken file is reported with its line, and only the rows before
 * the break are used, so an unclosed quote never swallows the next offices into one name.
 */
export function readSourcesFile(file: string | undefined): SourcesFile {
  if (!file || !fs.existsSync(file)) return { offices: new Map() };
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' });
  let parsed = parse(text);
  // An unclosed quote: the rows before the line it opens on are read again alone; the rest is the officer's to fix.
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  const cut = quote ? text.lastIndexOf('\n', Math.max(0, (quote.index ?? text.length) - 1)) + 1 : undefined;
  if (cut !== undefined) parsed = parse(text.slice(0, cut));
  const offices = new Map<string, SourceRow>();
  for (const row of parsed.data) {
    const checked = sourceRowSchema.safeParse(row);
    if (checked.success) offices.set(checked.data.source, checked.data);
  }
  if (!quote || cut === undefined) return { offices };
  return { offices, broken: { line: text.slice(0, cut).split('\n').length, error: quote.message } };
}
