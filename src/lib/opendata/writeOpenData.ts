import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareCodeUnits } from '../compareCodeUnits';
import type { IngestResult } from '../ingest/ingest';
import type { References } from '../reference/loadReferences';
import { writeOpenDataManifest, type WorkFolder } from '../pipeline/workFolder';
import type { OpenDataFile, OpenDataManifest } from '../pipeline/workFolderSchemas';
import { AGGREGATE_FIELDS, aggregateTableSchema, labourDemand } from './aggregates';
import { dataPackage, vacancyTableSchema } from './dataPackage';
import { toCsv, toJsonLines } from './formats';
import { openDataRow, type OpenDataRow } from './openDataRows';
import { openDataFieldNames, openDataFields } from './openDataSchema';
import { toParquet } from './parquet';
import { publisherOf, type Publisher } from './publisher';
import { officeQuality, QUALITY_FIELDS, qualityRow, qualityTableSchema, type OfficeQuality } from './quality';

/** The open vacancies' files and the not-open ones' (closed, and withdrawn once the ledger marks them), under /data/. */
export const OPEN_FILE = 'lowongan-buka';
/** Closed and withdrawn vacancies, keyed on `is_open: false` with their `closed_reason`. */
export const NOT_OPEN_FILE = 'lowongan-tutup';
/** The labour-demand aggregates (aggregates.ts) and their Table Schema. */
export const AGGREGATE_FILE = 'permintaan-tenaga-kerja';
const AGGREGATE_SCHEMA = 'tableschema-agregat.json';
/** The data-quality report per publishing office (quality.ts) and its Table Schema. */
export const QUALITY_FILE = 'kualitas-data';
const QUALITY_SCHEMA = 'tableschema-kualitas.json';

/** What the open-data stage needs: the ingest's result, the references for names, the work folder. */
export interface OpenDataInput {
  result: IngestResult;
  references: References;
  work: WorkFolder;
  publisher?: Publisher;
}

/**
 * The open-data stage: writes every file of /data/ into the work folder's `open-data/` (CSV and JSON Lines of the open
 * and the not-open vacancies, a CSV per province, the Table Schema, datapackage.json, SHA256SUMS) and the manifest the
 * pages read. The same data gives the same bytes: rows by slug, no clock, no machine-dependent order.
 */
export function writeOpenData(input: OpenDataInput): OpenDataManifest {
  const { result, references, work } = input;
  const publisher = input.publisher ?? publisherOf();
  const dir = work.openData;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'provinsi'), { recursive: true });
  const files: OpenDataFile[] = [];
  const put = (file: Omit<OpenDataFile, 'bytes' | 'sha256'>, content: string | Uint8Array) => {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    fs.writeFileSync(path.join(dir, file.path), bytes);
    files.push({ ...file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  };
  const sorted = [...result.vacancies].sort((a, b) => compareCodeUnits(a.slug, b.slug));
  const rows = sorted.map((v) => openDataRow(v, references));
  const open = rows.filter((row) => row.is_open === true);
  const notOpen = rows.filter((row) => row.is_open !== true);
  const csv = (rowsOf: OpenDataRow[]) => toCsv(openDataFieldNames, rowsOf);
  put({ name: OPEN_FILE, path: `${OPEN_FILE}.csv`, title: 'Lowongan dibuka / Open vacancies', format: 'csv', rows: open.length }, csv(open));
  put({ name: NOT_OPEN_FILE, path: `${NOT_OPEN_FILE}.csv`, title: 'Lowongan ditutup atau ditarik / Closed and withdrawn vacancies', format: 'csv', rows: notOpen.length }, csv(notOpen));
  const byProvince = Map.groupBy(open, (row) => row.province_code);
  for (const province of references.regions.provinces) {
    const mine = byProvince.get(province.code) ?? [];
    const name = `${OPEN_FILE}-${province.code}-${province.slug}`;
    put({ name, path: `provinsi/${name}.csv`, title: `Lowongan dibuka, ${province.name}`, format: 'csv', rows: mine.length, province: province.code }, csv(mine));
  }
  put({ name: AGGREGATE_FILE, path: `${AGGREGATE_FILE}.csv`, title: 'Permintaan tenaga kerja per provinsi, golongan pokok dan bulan / Labour demand by province, major group and month', format: 'csv' },
    toCsv(AGGREGATE_FIELDS, labourDemand(sorted, references)));
  const quality = officeQuality(result);
  put({ name: QUALITY_FILE, path: `${QUALITY_FILE}.csv`, title: 'Kualitas data per kantor pelapor / Data quality per publishing office', format: 'csv', rows: quality.length },
    toCsv(QUALITY_FIELDS, quality.map(qualityRow)));
  const tables = [...files];
  // JSON Lines repeat every name on every row: gzipped they are a sixth of the bytes (at 100k, 272 MB → about 50 MB),
  // and DuckDB and pandas read them as they are. Level 1, the fastest: the open-data stage has a 15 s budget at 100k.
  const jsonl = (rowsOf: OpenDataRow[]) => gzipSync(toJsonLines(openDataFieldNames, rowsOf), { level: 1 });
  put({ name: `${OPEN_FILE}-jsonl`, path: `${OPEN_FILE}.jsonl.gz`, title: 'Lowongan dibuka (JSON Lines, gzip)', format: 'jsonl', rows: open.length }, jsonl(open));
  put({ name: `${NOT_OPEN_FILE}-jsonl`, path: `${NOT_OPEN_FILE}.jsonl.gz`, title: 'Lowongan ditutup atau ditarik (JSON Lines, gzip)', format: 'jsonl', rows: notOpen.length }, jsonl(notOpen));
  put({ name: `${OPEN_FILE}-parquet`, path: `${OPEN_FILE}.parquet`, title: 'Lowongan dibuka (Parquet)', format: 'parquet', rows: open.length }, toParquet(openDataFields(), open));
  put({ name: 'tableschema', path: 'tableschema.json', title: 'Table Schema', format: 'json' }, `${JSON.stringify(vacancyTableSchema(), null, 2)}\n`);
  put({ name: 'tableschema-agregat', path: AGGREGATE_SCHEMA, title: 'Table Schema (agregat)', format: 'json' }, `${JSON.stringify(aggregateTableSchema(), null, 2)}\n`);
  const facts = { asOf: result.asOf, siteUrl: publisher.siteUrl, licence: publisher.licence, publisher: publisher.name };
  put({ name: 'tableschema-kualitas', path: QUALITY_SCHEMA, title: 'Table Schema (kualitas data)', format: 'json' }, `${JSON.stringify(qualityTableSchema(), null, 2)}\n`);
  const schemaOf = (file: OpenDataFile) => ({ [AGGREGATE_FILE]: AGGREGATE_SCHEMA, [QUALITY_FILE]: QUALITY_SCHEMA })[file.name] ?? 'tableschema.json';
  put({ name: 'datapackage', path: 'datapackage.json', title: 'Data Package', format: 'json' }, `${JSON.stringify(dataPackage(tables, facts, schemaOf), null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'SHA256SUMS'), files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
  const manifest = manifestOf(result, rows, files, publisher, quality);
  writeOpenDataManifest(work, manifest);
  return manifest;
}

/** The manifest: counts, the posting-date range, each column's fill count and first example, the files and the quality per office. */
function manifestOf(result: IngestResult, rows: readonly OpenDataRow[], files: OpenDataFile[], publisher: Publisher, quality: OfficeQuality[]): OpenDataManifest {
  const isFilled = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  const fields = openDataFieldNames.map((name) => {
    const filled = rows.filter((row) => isFilled(row[name]));
    const first = filled[0]?.[name];
    return { name, filled: filled.length, ...(first === undefined ? {} : { example: Array.isArray(first) ? first.join(';') : String(first) }) };
  });
  const dates = result.vacancies.map((v) => v.date_posted).sort(compareCodeUnits);
  const open = rows.filter((row) => row.is_open === true).length;
  return {
    asOf: result.asOf, publisher, files, fields, quality,
    counts: { all: rows.length, open, notOpen: rows.length - open, offices: result.sources.length },
    ...(dates.length > 0 ? { posted: { first: dates[0]!, last: dates.at(-1)! } } : {}),
  };
}

/**
 * Moves the open-data files into the built site's /data/ folder, beside the pages Astro rendered there: renames, not
 * copies (the files are most of the output's bytes at scale, and each build writes them anew); a copy only when the
 * work folder is on another file system.
 */
export function installOpenData(work: WorkFolder, siteDir: string): void {
  const target = path.join(siteDir, 'data');
  fs.mkdirSync(target, { recursive: true });
  for (const name of fs.readdirSync(work.openData)) {
    const from = path.join(work.openData, name);
    const to = path.join(target, name);
    try {
      fs.renameSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      fs.cpSync(from, to, { recursive: true });
    }
  }
}
