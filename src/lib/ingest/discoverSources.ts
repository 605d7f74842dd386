import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../slugify';
import { compareCodeUnits } from '../compareCodeUnits';
import { readSourcesFile, type OfficeContact, type SourcesFile } from './sourcesFile';

/** One publishing office: its data files, its optional mapping file, its display name. */
export interface SourceFiles {
  source: string;
  /** The file or folder under vacancies/ the office was found as (`disnaker.csv`, `disnaker/`). */
  entry: string;
  /** Display name from sources.csv; absent when the office is not listed there. */
  name?: string;
  url?: string;
  /** The office's own province as sources.csv writes it (`32`, `Jawa Barat`). */
  province?: string;
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
  reason: 'spreadsheet' | 'unknown-file' | 'subfolder' | 'orphan-mapping' | 'unnamed-office' | 'symlink-outside';
  /** Where a symbolic link outside the data folder points. */
  target?: string;
}

/** Where a symbolic link leads: a file or folder inside the data folder, or somewhere else (or nowhere), which is never read. */
function followLink(full: string, dataRoot: string): { inside: true; isDirectory: boolean } | { inside: false; target: string } {
  let real: string;
  try {
    real = fs.realpathSync(full);
  } catch {
    return { inside: false, target: fs.readlinkSync(full) };
  }
  const rel = path.relative(fs.realpathSync(dataRoot), real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { inside: false, target: real };
  return { inside: true, isDirectory: fs.statSync(real).isDirectory() };
}

/**
 * Finds every office under `vacanciesDir`: a file `<source>.csv` or a folder `<source>/` of files, one office per
 * entry (two entries whose names give the same source stay apart: `settleOfficeNames` keeps one; a name that gives
 * no source is not read); names come from `sources.csv` when listed. Files it cannot read
 * are listed as ignored so nothing is dropped silently. Sorted by code units, the same on every machine.
 */
export function discoverSources(vacanciesDir: string, sourcesFile?: string): { sources: SourceFiles[]; ignored: IgnoredFile[]; sourcesBroken?: SourcesFile['broken'] } {
  const { offices: names, broken } = readSourcesFile(sourcesFile);
  const entries = fs.existsSync(vacanciesDir) ? fs.readdirSync(vacanciesDir, { withFileTypes: true }) : [];
  const ignored: IgnoredFile[] = [];
  const found: SourceFiles[] = [];
  const add = (name: string, entry: string, files: string[], mappingFile: string | undefined) => {
    const source = slugify(name);
    const listed = names.get(source);
    if (source) found.push({ source, entry, name: listed && (listed.name ?? source), url: listed?.url, province: listed?.province, contact: listed?.contact, files, mappingFile });
    else ignored.push(...files.map((f) => ({ path: f, source: entry, reason: 'unnamed-office' as const })));
  };
  const dataRoot = path.dirname(vacanciesDir);
  // A symbolic link is followed only inside the data folder; one leading out (or nowhere) is listed, never read.
  const kind = (full: string, entry: fs.Dirent, source: string): 'dir' | 'file' | undefined => {
    if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'dir' : 'file';
    const link = followLink(full, dataRoot);
    if (link.inside) return link.isDirectory ? 'dir' : 'file';
    ignored.push({ path: full, source, reason: 'symlink-outside', target: link.target });
    return undefined;
  };
  for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const full = path.join(vacanciesDir, entry.name);
    const entryKind = kind(full, entry, slugify(entry.name.replace(DATA_FILE, '')));
    if (!entryKind) continue;
    if (entryKind === 'dir') {
      const listed = fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
      const kinds = new Map(listed.map((f) => [f, kind(path.join(full, f.name), f, slugify(entry.name))]));
      const inside = listed.filter((f) => kinds.get(f));
      for (const f of inside) {
        if (kinds.get(f) === 'dir') ignored.push({ path: path.join(full, f.name), source: slugify(entry.name), reason: 'subfolder' });
        else if (!DATA_FILE.test(f.name) && f.name !== 'mapping.json' && !NOT_DATA.test(f.name)) {
          ignored.push({ path: path.join(full, f.name), source: slugify(entry.name), reason: SPREADSHEET.test(f.name) ? 'spreadsheet' : 'unknown-file' });
        }
      }
      const mapping = path.join(full, 'mapping.json');
      add(entry.name, `${entry.name}/`, inside.filter((f) => kinds.get(f) === 'file' && DATA_FILE.test(f.name)).map((f) => path.join(full, f.name)), fs.existsSync(mapping) ? mapping : undefined);
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
  return { sources: found, ignored, sourcesBroken: broken };
}
