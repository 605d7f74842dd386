import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../slugify';
import { compareCodeUnits } from '../compareCodeUnits';
import { readSourcesFile, type OfficeContact } from './sourcesFile';

/** One publishing office: its data files, its optional mapping file, its display name. */
export interface SourceFiles {
  source: string;
  /** The file or folder under vacancies/ the office was found as (`disnaker.csv`, `disnaker/`). */
  entry: string;
  /** Display name from sources.csv; absent when the office is not listed there. */
  name?: string;
  url?: string;
  /** Address, opening hours, phone and map link from sources.csv, when listed. */
  contact?: OfficeContact;
  files: string[];
  mappingFile?: string;
}

const DATA_FILE = /\.(csv|tsv|txt)$/i;
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
const NOT_DATA = /^(\.|readme)|\.md$/i;

/** A file under the data folder that is not read, and why. */
export interface IgnoredFile {
  path: string;
  source: string;
  reason: 'spreadsheet' | 'unknown-file' | 'subfolder' | 'orphan-mapping' | 'unnamed-office';
}

/**
 * Finds every office under `vacanciesDir`: a file `<source>.csv` or a folder `<source>/` of files, one office per
 * entry (two entries whose names give the same source stay apart: `settleOfficeNames` keeps one; a name that gives
 * no source is not read); names come from `sources.csv` when listed. Files it cannot read
 * are listed as ignored so nothing is dropped silently. Sorted by code units, the same on every machine.
 */
export function discoverSources(vacanciesDir: string, sourcesFile?: string): { sources: SourceFiles[]; ignored: IgnoredFile[] } {
  const names = readSourcesFile(sourcesFile);
  const entries = fs.existsSync(vacanciesDir) ? fs.readdirSync(vacanciesDir, { withFileTypes: true }) : [];
  const ignored: IgnoredFile[] = [];
  const found: SourceFiles[] = [];
  const add = (name: string, entry: string, files: string[], mappingFile: string | undefined) => {
    const source = slugify(name);
    const listed = names.get(source);
    if (source) found.push({ source, entry, name: listed?.name, url: listed?.url, contact: listed?.contact, files, mappingFile });
    else ignored.push(...files.map((f) => ({ path: f, source: entry, reason: 'unnamed-office' as const })));
  };
  for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const full = path.join(vacanciesDir, entry.name);
    if (entry.isDirectory()) {
      const inside = fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
      for (const f of inside) {
        if (f.isDirectory()) ignored.push({ path: path.join(full, f.name), source: slugify(entry.name), reason: 'subfolder' });
        else if (!DATA_FILE.test(f.name) && f.name !== 'mapping.json' && !NOT_DATA.test(f.name)) {
          ignored.push({ path: path.join(full, f.name), source: slugify(entry.name), reason: SPREADSHEET.test(f.name) ? 'spreadsheet' : 'unknown-file' });
        }
      }
      const mapping = path.join(full, 'mapping.json');
      add(entry.name, `${entry.name}/`, inside.filter((f) => f.isFile() && DATA_FILE.test(f.name)).map((f) => path.join(full, f.name)), fs.existsSync(mapping) ? mapping : undefined);
    } else if (DATA_FILE.test(entry.name)) {
      const base = entry.name.replace(DATA_FILE, '');
      const mapping = path.join(vacanciesDir, `${base}.mapping.json`);
      add(base, entry.name, [full], fs.existsSync(mapping) ? mapping : undefined);
    } else if (entry.name.endsWith('.mapping.json')) {
      const base = entry.name.replace(/\.mapping\.json$/, '');
      if (!entries.some((e) => e.isFile() && DATA_FILE.test(e.name) && e.name.replace(DATA_FILE, '') === base)) {
        ignored.push({ path: full, source: slugify(base), reason: 'orphan-mapping' });
      }
    } else if (!NOT_DATA.test(entry.name)) {
      ignored.push({ path: full, source: slugify(entry.name.replace(/\.[^.]*$/, '')), reason: SPREADSHEET.test(entry.name) ? 'spreadsheet' : 'unknown-file' });
    }
  }
  return { sources: found, ignored };
}
