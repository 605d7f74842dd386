import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { slugify } from '../slugify';

/** One publishing office: its data files, its optional mapping file, its display name. */
export interface SourceFiles {
  source: string;
  /** Display name from sources.csv; absent when the office is not listed there. */
  name?: string;
  url?: string;
  files: string[];
  mappingFile?: string;
}

const DATA_FILE = /\.(csv|tsv|txt)$/i;

/** Finds every office under `vacanciesDir`: a file `<source>.csv` or a folder `<source>/` of files; names come from `sources.csv` when listed. */
export function discoverSources(vacanciesDir: string, sourcesFile?: string): SourceFiles[] {
  const names = readSourceNames(sourcesFile);
  const entries = fs.existsSync(vacanciesDir) ? fs.readdirSync(vacanciesDir, { withFileTypes: true }) : [];
  const sources: SourceFiles[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(vacanciesDir, entry.name);
    if (entry.isDirectory()) {
      const files = fs.readdirSync(full).filter((f) => DATA_FILE.test(f)).sort().map((f) => path.join(full, f));
      const mapping = path.join(full, 'mapping.json');
      sources.push(describe(entry.name, files, fs.existsSync(mapping) ? mapping : undefined, names));
    } else if (DATA_FILE.test(entry.name)) {
      const source = entry.name.replace(DATA_FILE, '');
      const mapping = path.join(vacanciesDir, `${source}.mapping.json`);
      sources.push(describe(source, [full], fs.existsSync(mapping) ? mapping : undefined, names));
    }
  }
  return sources;
}

function describe(source: string, files: string[], mappingFile: string | undefined, names: Map<string, { name: string; url?: string }>): SourceFiles {
  const slug = slugify(source);
  const known = names.get(slug);
  return { source: slug, name: known?.name, url: known?.url, files, mappingFile };
}

function readSourceNames(file: string | undefined): Map<string, { name: string; url?: string }> {
  if (!file || !fs.existsSync(file)) return new Map();
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return new Map(parsed.data.filter((r) => r.source).map((r) => [slugify(r.source), { name: (r.name ?? r.source).trim(), url: r.url?.trim() || undefined }]));
}
