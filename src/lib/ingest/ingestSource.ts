import fs from 'node:fs';
import path from 'node:path';
import { guessOccupationFromTitle } from '../reference/guessOccupation';
import { vacancyFields, type VacancyField } from '../schema/vacancy';
import type { Vacancy } from '../schema/publishedVacancy';
import { slugify } from '../slugify';
import type { SourceFiles } from './discoverSources';
import type { IngestIssue } from './issues';
import { mapRow } from './mapRow';
import { messageFor } from './messages';
import { matchHeaders } from './matchHeaders';
import { decodeBytes, readTable } from './readTable';
import type { References } from './resolveCodes';
import { resolveCodes } from './resolveCodes';
import { loadSourceConfig } from './sourceConfig';
import { validateRow } from './validateRow';

/** A vacancy accepted from its source, before cross-source merging and the open/closed decision. */
export type Candidate = Omit<Vacancy, 'is_open' | 'closed_reason' | 'also_published_by'>;

/** What one office's files gave: accepted vacancies, and every row accounted for. */
export interface SourceIngest {
  candidates: Candidate[];
  read: number;
  duplicates: number;
  rejected: number;
  issues: IngestIssue[];
  /** Display name from the mapping file, for offices not listed in sources.csv. */
  name?: string;
}

const REQUIRED = Object.entries(vacancyFields.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([field]) => field as VacancyField);

/** Reads, maps, validates and resolves every row of one office; the same id twice keeps the last row. */
export function ingestSource(source: SourceFiles, refs: References, dataDir: string): SourceIngest {
  const out: SourceIngest = { candidates: [], read: 0, duplicates: 0, rejected: 0, issues: [] };
  const configResult = loadSourceConfig(source.mappingFile);
  const config = configResult.ok ? configResult.config : undefined;
  out.name = config?.name;
  for (const filePath of source.files) {
    const file = path.relative(dataDir, filePath);
    const place = { source: source.source, file };
    const fileIssue = (type: string, severity: IngestIssue['severity'], message: string, messageEn: string, extra: Partial<IngestIssue> = {}) =>
      out.issues.push({ type, severity, ...place, message, messageEn, ...extra });
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(filePath);
    } catch (error) {
      fileIssue('file/unreadable', 'error', `Berkas tidak dapat dibaca: ${(error as Error).message}`, `File cannot be read: ${(error as Error).message}`);
      continue;
    }
    let table: ReturnType<typeof readTable>;
    try {
      const { text, encoding } = decodeBytes(bytes, config?.encoding);
      table = readTable(text, { delimiter: config?.delimiter, encoding });
    } catch (error) {
      // A file too big to hold as text, or bytes no decoder accepts: report it and go on with the other files.
      fileIssue('file/unreadable', 'error', `Berkas tidak dapat dibaca sebagai teks (${(error as Error).message}). Ekspor ulang sebagai CSV UTF-8, atau pecah menjadi beberapa berkas.`,
        `The file cannot be read as text (${(error as Error).message}). Export it again as CSV UTF-8, or split it into several files.`);
      continue;
    }
    out.read += table.rows.length;
    if (table.problems.some((p) => p.line === table.headerLine)) {
      out.rejected += table.rows.length;
      fileIssue('file/malformed-header', 'error', `Baris judul kolom rusak (tanda kutip tidak ditutup); isi berkas tidak dapat dibaca. Perbaiki tanda kutip di baris ${table.headerLine} lalu unggah ulang.`,
        `The header row is broken (an unclosed quote); the file cannot be read. Fix the quote on line ${table.headerLine} and upload again.`, { line: table.headerLine });
      continue;
    }
    if (!table.headers.length) {
      fileIssue('file/empty', 'warning', 'Berkas kosong: tidak ada judul kolom maupun baris. Hapus berkas ini atau ekspor ulang datanya.',
        'The file is empty: no header and no rows. Delete it or export the data again.');
      continue;
    }
    if (!config) {
      out.rejected += table.rows.length;
      const message = configResult.ok ? '' : configResult.message;
      fileIssue('file/invalid-mapping', 'error', `${message} Semua ${table.rows.length} baris ditolak; perbaiki berkas pemetaan ${path.relative(dataDir, source.mappingFile ?? '')}.`,
        `The mapping file is invalid (${message}). All ${table.rows.length} rows were rejected; fix the mapping file.`);
      continue;
    }
    const { fields, unknown: unknownHeaders, repeated } = matchHeaders(table.headers, config);
    const unknown = unknownHeaders.slice(0, 20).map((h) => (h.length > 60 ? `${h.slice(0, 60)}…` : h));
    if (unknown.length) {
      fileIssue('file/unknown-column', 'warning', `Kolom tidak dikenal dan diabaikan: ${unknown.join(', ')}. Jika berisi data lowongan, ganti judul kolomnya atau petakan di berkas pemetaan.`,
        `Unknown columns ignored: ${unknown.join(', ')}. If they hold vacancy data, rename them or map them in a mapping file.`, { line: table.headerLine });
    }
    if (repeated.length) {
      fileIssue('file/repeated-column', 'warning', `Kolom ganda diabaikan (kolom pertama yang dipakai): ${repeated.join(', ')}.`,
        `Repeated columns ignored (the first one is used): ${repeated.join(', ')}.`, { line: table.headerLine });
    }
    const present = new Set([...fields, ...Object.keys(config.defaults)]);
    if (present.has('salary_range')) present.add('salary_min');
    if (config.derive.id) present.add('id');
    if (config.derive.valid_through_days) present.add('valid_through');
    if (config.derive.occupation_from_title) present.add('occupation_code');
    const missing = REQUIRED.filter((f) => !present.has(f));
    if (missing.length) {
      fileIssue('file/missing-column', 'error', `Kolom wajib tidak ditemukan: ${missing.join(', ')}. Tambahkan kolom itu atau petakan judul kolom Anda di berkas pemetaan (lihat kamus data).`,
        `Required columns not found: ${missing.join(', ')}. Add them or map your headers in a mapping file (see the data dictionary).`, { line: table.headerLine });
    }
    const brokenLines = new Map(table.problems.map((p) => [p.line, p.message]));
    for (const { line, cells } of table.rows) {
      const rowPlace = { ...place, line };
      const broken = brokenLines.get(line);
      if (broken !== undefined) {
        // An unclosed quote swallows the lines after it into this row: reject it so nothing is published half-read.
        out.rejected++;
        fileIssue('row/malformed', 'error', `Struktur CSV rusak mulai baris ini (${broken}). Biasanya ada tanda kutip (") yang tidak ditutup; baris-baris sesudahnya ikut terbaca sebagai satu sel. Perbaiki tanda kutipnya lalu unggah ulang.`,
          `Broken CSV structure from this line (${broken}). Usually an unclosed quote ("); the lines after it were read as one cell. Fix the quote and upload again.`, { line });
        continue;
      }
      if (cells.slice(table.headers.length).some(Boolean)) {
        out.rejected++;
        fileIssue('row/column-count', 'error', `Baris ini punya ${cells.length} sel, padahal judul kolom ada ${table.headers.length}. Kemungkinan ada pemisah (${table.delimiter}) di dalam isi sel tanpa tanda kutip.`,
          `This row has ${cells.length} cells but the header has ${table.headers.length}. A separator (${table.delimiter}) is probably inside an unquoted cell.`, { line });
        continue;
      }
      const { row, defaulted } = mapRow(cells, table.headers, fields, config);
      if (row.occupation_code === undefined && config.derive.occupation_from_title && row.title) {
        const unit = guessOccupationFromTitle(refs.occupations, row.title);
        if (unit) {
          row.occupation_code = unit;
          defaulted.push('occupation_code');
        }
      }
      const checked = validateRow(row, rowPlace);
      if (!checked.ok) {
        out.rejected++;
        out.issues.push(...explainGuess(checked.issues, row, config.derive.occupation_from_title));
        continue;
      }
      const resolved = resolveCodes(checked.value, refs, rowPlace);
      if (!resolved.ok) {
        out.rejected++;
        out.issues.push(...resolved.issues);
        continue;
      }
      out.candidates.push({
        ...checked.value, ...resolved.value, source: source.source,
        slug: `${source.source}-${slugify(checked.value.id)}`, defaulted, file, line,
      });
    }
  }
  out.duplicates = keepLastPerId(out, source.source);
  return out;
}

/** When an occupation should have been guessed from the title, say so instead of "required". */
function explainGuess(issues: IngestIssue[], row: Record<string, string | undefined>, guessing: boolean | undefined): IngestIssue[] {
  if (!guessing) return issues;
  return issues.map((i) => i.field === 'occupation_code' && i.type === 'row/required'
    ? { ...i, type: 'row/occupation-not-inferred', value: row.title, ...texts(messageFor('occupation-not-inferred', 'occupation_code', row.title)) }
    : i);
}

function texts(t: { id: string; en: string }): Pick<IngestIssue, 'message' | 'messageEn'> {
  return { message: t.id, messageEn: t.en };
}

/** Keeps the last row of each id (ids compared as in URLs), warns about the earlier ones, returns how many were merged. */
function keepLastPerId(out: SourceIngest, source: string): number {
  const last = new Map<string, Candidate>();
  for (const c of out.candidates) last.set(c.slug, c);
  if (last.size === out.candidates.length) return 0;
  const merged = out.candidates.filter((c) => last.get(c.slug) !== c);
  for (const c of merged) {
    const kept = last.get(c.slug)!;
    out.issues.push({
      type: 'row/duplicate-id', severity: 'warning', source, file: c.file, line: c.line, field: 'id', value: c.id,
      message: `Nomor lowongan "${c.id}" muncul lagi di ${kept.file} baris ${kept.line}; baris terakhir itu yang dipakai. Hapus baris ganda atau beri nomor berbeda.`,
      messageEn: `Vacancy id "${c.id}" appears again in ${kept.file} line ${kept.line}; that last row is used. Remove the duplicate or give it another id.`,
    });
  }
  out.candidates = [...last.values()];
  return merged.length;
}
