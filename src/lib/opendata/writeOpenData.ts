import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { compareCodeUnits } from '../compareCodeUnits';
import type { IngestResult } from '../ingest/ingest';
import type { References } from '../reference/loadReferences';
import { writeOpenDataManifest, type WorkFolder } from '../pipeline/workFolder';
import type { OpenDataFile, OpenDataManifest } from '../pipeline/workFolderSchemas';
import { AGGREGATE_FIELDS, aggregateTableSchema, labourDemand } from './aggregates';
import { dataPackage, vacancyTableSchema } from './dataPackage';
import { csvLine, jsonLine, toCsv } from './formats';
import { openDataRow, type OpenDataRow } from './openDataRows';
import { openDataFieldNames, openDataFields } from './openDataSchema';
import { FileSink, GzipThread, type Written } from './packing';
import { parquetJob } from './parquet';
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

/** The gzip options of the per-province files: level 9 and Node's fixed header (no name, no clock), so the same rows give the same bytes. */
const PROVINCE_GZIP = { level: 9 } as const;

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
  const notOpen = rows.length - open.length;
  // 1. The JSON Lines and the province files are gzipped by a helper thread while this one writes the CSV. The Parquet is
  // written here after the pass: handing its columns to a thread copied them (at 100k, +0.4 GB peak, over the budget).
  const paths = { open: `${OPEN_FILE}.csv`, notOpen: `${NOT_OPEN_FILE}.csv`, openJsonl: `${OPEN_FILE}.jsonl.gz`, notOpenJsonl: `${NOT_OPEN_FILE}.jsonl.gz`, parquet: `${OPEN_FILE}.parquet` };
  const gzip = new GzipThread();
  const written: Record<string, Written> = {};
  // 2. One pass over the rows: each row becomes CSV and JSON once, its CSV line going to the national file and to its province's.
  // A province's file holds rows the national file already has: gzipped (level 9, like the daily snapshot) it is a
  // seventh of the bytes (at 100k, 147 MB → about 21 MB), and DuckDB, pandas and R read .csv.gz as they are.
  const provinces = references.regions.provinces.map((province) => ({ province, path: `provinsi/${OPEN_FILE}-${province.code}-${province.slug}.csv.gz` }));
  const sinks = new Map([paths.open, paths.notOpen].map((file) => [file, new FileSink(path.join(dir, file))]));
  const provinceSink = new Map(provinces.map((p) => [p.province.code, gzip.open(path.join(dir, p.path), PROVINCE_GZIP)]));
  const header = csvLine(openDataFieldNames);
  for (const sink of [...sinks.values(), ...provinceSink.values()]) sink.text.write(header);
  // JSON Lines repeat every name on every row: gzipped they are a sixth of the bytes (at 100k, 272 MB → about 50 MB),
  // and DuckDB and pandas read them as they are. Level 1, the fastest: the open-data stage has a 15 s budget at 100k.
  const jsonl = { open: gzip.open(path.join(dir, paths.openJsonl), { level: 1 }), notOpen: gzip.open(path.join(dir, paths.notOpenJsonl), { level: 1 }) };
  for (const row of rows) {
    const line = csvLine(openDataFieldNames, row);
    const isOpen = row.is_open === true;
    sinks.get(isOpen ? paths.open : paths.notOpen)!.text.write(line);
    if (isOpen) provinceSink.get(row.province_code as string)?.text.write(line);
    (isOpen ? jsonl.open : jsonl.notOpen).text.write(jsonLine(openDataFieldNames, row));
  }
  for (const stream of [jsonl.open, jsonl.notOpen, ...provinceSink.values()]) stream.end();
  for (const [file, sink] of sinks) written[file] = sink.close();
  const done = (file: Omit<OpenDataFile, 'bytes' | 'sha256'>) => files.push({ ...file, ...written[file.path]! });
  done({ name: OPEN_FILE, path: paths.open, title: 'Lowongan dibuka / Open vacancies', format: 'csv', rows: open.length });
  done({ name: NOT_OPEN_FILE, path: paths.notOpen, title: 'Lowongan ditutup atau ditarik / Closed and withdrawn vacancies', format: 'csv', rows: notOpen });
  const aggregates = toCsv(AGGREGATE_FIELDS, labourDemand(sorted, references));
  const quality = officeQuality(result);
  const qualityCsv = toCsv(QUALITY_FIELDS, quality.map(qualityRow));
  const manifestFields = fieldsOf(rows);
  const parquet = new FileSink(path.join(dir, paths.parquet));
  parquet.put(new Uint8Array(parquetWriteBuffer(parquetJob(openDataFields(), open))));
  written[paths.parquet] = parquet.close();
  // 3. The helper thread's files, once it is done.
  for (const [file, facts] of Object.entries(gzip.wait())) written[path.relative(dir, file)] = facts;
  const byProvince = Map.groupBy(open, (row) => row.province_code);
  for (const { province, path: file } of provinces) {
    const name = `${OPEN_FILE}-${province.code}-${province.slug}`;
    done({ name, path: file, title: `Lowongan dibuka, ${province.name} (CSV, gzip)`, format: 'csv', rows: byProvince.get(province.code)?.length ?? 0, province: province.code });
  }
  put({ name: AGGREGATE_FILE, path: `${AGGREGATE_FILE}.csv`, title: 'Permintaan tenaga kerja per provinsi, golongan pokok dan bulan / Labour demand by province, major group and month', format: 'csv' }, aggregates);
  put({ name: QUALITY_FILE, path: `${QUALITY_FILE}.csv`, title: 'Kualitas data per kantor pelapor / Data quality per publishing office', format: 'csv', rows: quality.length }, qualityCsv);
  const tables = [...files];
  done({ name: `${OPEN_FILE}-jsonl`, path: paths.openJsonl, title: 'Lowongan dibuka (JSON Lines, gzip)', format: 'jsonl', rows: open.length });
  done({ name: `${NOT_OPEN_FILE}-jsonl`, path: paths.notOpenJsonl, title: 'Lowongan ditutup atau ditarik (JSON Lines, gzip)', format: 'jsonl', rows: notOpen });
  done({ name: `${OPEN_FILE}-parquet`, path: paths.parquet, title: 'Lowongan dibuka (Parquet)', format: 'parquet', rows: open.length });
  put({ name: 'tableschema', path: 'tableschema.json', title: 'Table Schema', format: 'json' }, `${JSON.stringify(vacancyTableSchema(), null, 2)}\n`);
  put({ name: 'tableschema-agregat', path: AGGREGATE_SCHEMA, title: 'Table Schema (agregat)', format: 'json' }, `${JSON.stringify(aggregateTableSchema(), null, 2)}\n`);
  const facts = { asOf: result.asOf, siteUrl: publisher.siteUrl, licence: publisher.licence, publisher: publisher.name };
  put({ name: 'tableschema-kualitas', path: QUALITY_SCHEMA, title: 'Table Schema (kualitas data)', format: 'json' }, `${JSON.stringify(qualityTableSchema(), null, 2)}\n`);
  const schemaOf = (file: OpenDataFile) => ({ [AGGREGATE_FILE]: AGGREGATE_SCHEMA, [QUALITY_FILE]: QUALITY_SCHEMA })[file.name] ?? 'tableschema.json';
  put({ name: 'datapackage', path: 'datapackage.json', title: 'Data Package', format: 'json' }, `${JSON.stringify(dataPackage(tables, facts, schemaOf), null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'SHA256SUMS'), files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
  const manifest = manifestOf(result, rows, files, publisher, quality, manifestFields);
  writeOpenDataManifest(work, manifest);
  return manifest;
}

/** Each column's fill count and first example (by slug), for the data dictionary. */
function fieldsOf(rows: readonly OpenDataRow[]): OpenDataManifest['fields'] {
  const isFilled = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  return openDataFieldNames.map((name) => {
    let filled = 0;
    let first: OpenDataRow[string];
    for (const row of rows) {
      if (!isFilled(row[name])) continue;
      if (filled++ === 0) first = row[name];
    }
    return { name, filled, ...(first === undefined ? {} : { example: Array.isArray(first) ? first.join(';') : String(first) }) };
  });
}

/** The manifest: counts, the posting-date range, each column's fill count and first example, the files and the quality per office. */
function manifestOf(result: IngestResult, rows: readonly OpenDataRow[], files: OpenDataFile[], publisher: Publisher, quality: OfficeQuality[], fields: OpenDataManifest['fields']): OpenDataManifest {
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
