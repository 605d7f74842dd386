import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRow } from '../../src/lib/ingest/steps/validateRow';
import { labelKey } from '../../src/lib/parse/parseScalars';
import { vacancyFields, vacancyFieldNames } from '../../src/lib/schema/vacancy';
import { rowLevelFaults } from '../../tools/sample/faults';
import { generateSample, type SampleOptions, type SampleSummary } from '../../tools/sample/generateSample';
import { officesFor } from '../../tools/sample/offices';
import { tempDir } from '../tempDir';

const defaults: Omit<SampleOptions, 'outDir'> = {
  count: 1500, seed: 1, asOf: '2026-11-28', faultRate: 0, offices: 6, minimumWagesFile: 'data/reference/minimum-wages.csv',
};

/** Generates into a fresh temporary `…/vacancies` folder (so `sources.csv` lands beside it, not in the project). */
function generate(options: Partial<SampleOptions> = {}): { dir: string; summary: SampleSummary } {
  const dir = path.join(tempDir('sample'), 'vacancies');
  return { dir, summary: generateSample({ ...defaults, ...options, outDir: dir }) };
}

/** Every file under a folder, relative paths, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
}

/** A file's text: UTF-8 (byte-order mark dropped) when it decodes as such, otherwise Windows-1252, like the ingest would read it. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(bytes, 'win1252');
  }
}

interface ReadRow {
  file: string;
  row: number;
  cells: Record<string, string | undefined>;
}

/** Reads every generated file back with papaparse and keys its cells by contract field, using the office's own column mapping. */
function readBack(dir: string, summary: SampleSummary, offices = 6): ReadRow[] {
  const bySlug = new Map(officesFor(offices).map((o) => [o.slug, o]));
  return summary.files.flatMap(({ file, office }) => {
    const columns = bySlug.get(office)!.format.columns;
    const parsed = Papa.parse<string[]>(decode(readFileSync(path.join(dir, file))), { skipEmptyLines: true });
    expect(parsed.errors, file).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(columns.map(([, h]) => h));
    return rows.map((cells, i) => ({
      file, row: i + 1,
      cells: Object.fromEntries(columns.map(([field], c) => [field, cells[c].trim() || undefined])),
    }));
  });
}

const words = (text: string) => text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

describe('sample generator', () => {
  let first: { dir: string; summary: SampleSummary };
  let rows: ReadRow[];
  beforeAll(() => {
    first = generate();
    rows = readBack(first.dir, first.summary);
  });

  it('writes byte-identical files for the same options', () => {
    const again = generate();
    const files = listFiles(first.dir);
    expect(listFiles(again.dir)).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(again.dir, file)).equals(readFileSync(path.join(first.dir, file))), file).toBe(true);
    expect(readFileSync(again.summary.sourcesFile, 'utf8')).toBe(readFileSync(first.summary.sourcesFile, 'utf8'));
  });

  it('writes different vacancies for a different seed', () => {
    const other = generate({ seed: 2 });
    expect(readFileSync(path.join(other.dir, 'disnaker-jabar.csv'))).not.toEqual(readFileSync(path.join(first.dir, 'disnaker-jabar.csv')));
  });

  it('writes exactly --count data rows over all files, as papaparse reads them back', () => {
    expect(rows).toHaveLength(1500);
    expect(first.summary.files.reduce((n, f) => n + f.rows, 0)).toBe(1500);
  });

  it('writes one file per office, office 4 as a folder of two exports, and a sources list marked as sample data', () => {
    expect(listFiles(first.dir)).toEqual([
      'disnaker-dki.csv', 'disnaker-jabar.csv', 'disnaker-jatim.csv',
      'disnaker-kota-medan/ekspor-2026-10-31.csv', 'disnaker-kota-medan/ekspor-2026-11-28.csv',
      'disnakertrans-sulsel.csv', 'kemnaker-p2tkln.csv',
    ].sort());
    const sources = Papa.parse<Record<string, string>>(readFileSync(first.summary.sourcesFile, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(sources.map((s) => s.source)).toEqual(officesFor(6).map((o) => o.slug));
    for (const s of sources) expect(s.name).toMatch(/\(data contoh\)$/);
  });

  it('varies the export format per office: BOM and semicolons, Windows-1252 with CRLF, every cell quoted', () => {
    const bytes = (file: string) => readFileSync(path.join(first.dir, file));
    expect(bytes('disnaker-jabar.csv').toString('utf8')).toMatch(/^id,title,occupation_code,/);
    expect([...bytes('disnaker-jatim.csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes('disnaker-jatim.csv'))).toMatch(/^No Lowongan;Judul;Kode KBJI;Perusahaan;/);
    const legacy = bytes('disnaker-dki.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(legacy)).toThrow();
    expect(iconv.decode(legacy, 'win1252')).toMatch(/[éâ]/);
    // Records end in CRLF; line breaks inside quoted cells stay LF, as Excel writes them.
    expect(legacy.toString('latin1')).toMatch(/^Job ID,Posisi,[^\n]*\r\n/);
    expect(legacy.toString('latin1').endsWith('\r\n')).toBe(true);
    expect(bytes('disnakertrans-sulsel.csv').toString('utf8')).toMatch(/^"kode_lowongan";"nama_jabatan";/);
  });

  it('uses only column headers the contract accepts, each for its own field', () => {
    const accepted = (field: keyof typeof vacancyFields.shape) =>
      new Set([field, ...(vacancyFields.shape[field].meta()?.headers ?? [])].map(labelKey));
    for (const office of officesFor(40)) {
      for (const [field, header] of office.format.columns) expect(accepted(field).has(labelKey(header)), `${office.slug}: ${header}`).toBe(true);
    }
  });

  it('writes descriptions of 80 to 250 words with paragraphs and bullets', () => {
    for (const { file, row, cells } of rows) {
      const n = words(cells.description ?? '');
      expect(n >= 80 && n <= 250, `${file} row ${row}: ${n} words`).toBe(true);
    }
    expect(rows.every(({ cells }) => /\n\n/.test(cells.description!) && /\n- /.test(cells.description!))).toBe(true);
  });

  it('writes rows that all pass validateRow without deliberate faults (office 1 uses the contract field names as headers)', () => {
    const jabar = Papa.parse<Record<string, string>>(readFileSync(path.join(first.dir, 'disnaker-jabar.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(Object.keys(jabar.data[0])).toEqual(vacancyFieldNames);
    for (const [i, raw] of jabar.data.entries()) {
      const row = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.trim() || undefined]));
      const result = validateRow(row, { source: 'disnaker-jabar', file: 'disnaker-jabar.csv', line: i + 2 });
      expect(result.ok ? [] : result.issues.map((x) => `${x.field}: ${x.type} ${x.value}`), `row ${i + 1}`).toEqual([]);
    }
  });

  it('writes rows that all pass validateRow in every office format', () => {
    for (const { file, row, cells } of rows) {
      const result = validateRow(cells, { source: file, file, line: row + 1 });
      expect(result.ok ? [] : result.issues.map((x) => `${x.field}: ${x.type} ${x.value}`), `${file} row ${row}`).toEqual([]);
    }
  });

  it('writes realistic shares: about 5% abroad, 15% closed, 30% without pay, some nationwide, remote and disability-friendly', () => {
    const share = (test: (c: ReadRow['cells']) => boolean) => rows.filter(({ cells }) => test(cells)).length / rows.length;
    const abroad = rows.filter(({ file }) => file.startsWith('kemnaker-p2tkln'));
    expect(abroad.length / rows.length).toBeCloseTo(0.05, 2);
    expect(abroad.every(({ cells }) => cells.country && !cells.region)).toBe(true);
    expect(share((c) => !c.salary_min && !c.salary_max)).toBeGreaterThan(0.25);
    expect(share((c) => !c.salary_min && !c.salary_max)).toBeLessThan(0.4);
    expect(share((c) => /Seluruh Indonesia|Nasional|^Indonesia$/.test(c.region ?? ''))).toBeGreaterThan(0.005);
    expect(share((c) => /remote|hybrid|WFH|Jarak Jauh|Hibrida/i.test(c.work_mode ?? ''))).toBeGreaterThan(0.02);
    expect(share((c) => /^(true|ya|y)$/i.test(c.disability_friendly ?? ''))).toBeGreaterThan(0.03);
    const closed = share((c) => /filled|cancelled|Terisi|Dibatalkan|Batal/i.test(c.status ?? ''));
    expect(closed).toBeGreaterThan(0.03);
    expect(closed).toBeLessThan(0.1);
  });

  it('repeats about 1% of ids within an office (corrections later in the file)', () => {
    const seen = new Set<string>();
    let repeats = 0;
    for (const { file, cells } of rows) {
      const key = `${file.split('/')[0]}|${cells.id}`;
      if (seen.has(key)) repeats++;
      seen.add(key);
    }
    expect(repeats).toBeGreaterThan(5);
    expect(repeats).toBeLessThan(30);
  });
});

describe('sample generator with --faults', () => {
  let generated: { dir: string; summary: SampleSummary };
  let rows: ReadRow[];
  beforeAll(() => {
    generated = generate({ count: 1000, faultRate: 0.2, seed: 7 });
    rows = readBack(generated.dir, generated.summary);
  });

  it('gives about that share of rows one deliberate fault, of several kinds', () => {
    expect(generated.summary.faults.length / 1000).toBeGreaterThan(0.15);
    expect(generated.summary.faults.length / 1000).toBeLessThan(0.25);
    expect(new Set(generated.summary.faults.map((f) => f.fault)).size).toBeGreaterThanOrEqual(8);
  });

  it('makes every row-level fault fail validateRow, and leaves every other row valid (hostile descriptions included)', () => {
    const faultAt = new Map(generated.summary.faults.map((f) => [`${f.file}:${f.row}`, f]));
    for (const { file, row, cells } of rows) {
      const fault = faultAt.get(`${file}:${row}`);
      const ok = validateRow(cells, { source: file, file, line: row + 1 }).ok;
      if (fault && rowLevelFaults.has(fault.fault)) expect(ok, `${file} row ${row}: ${fault.fault}`).toBe(false);
      else expect(ok, `${file} row ${row}${fault ? `: ${fault.fault}` : ''}`).toBe(true);
    }
    expect(generated.summary.hostile).toBeGreaterThan(0);
    expect(rows.some(({ cells }) => cells.description?.includes('<script>alert(1)</script>') || cells.description?.includes('onerror='))).toBe(true);
  });
});

describe('generate-sample command', () => {
  it('writes the requested number of rows over the requested number of offices', () => {
    const out = path.join(tempDir('sample-cli'), 'vacancies');
    const log = execFileSync('npx', ['tsx', 'scripts/generate-sample.ts', '--count', '400', '--seed', '3', '--offices', '9', '--out', out], { encoding: 'utf8' });
    expect(log).toMatch(/^\s*400 {2}rows in 10 files/m);
    expect(readdirSync(out).filter((f) => f.endsWith('.csv'))).toHaveLength(8);
  });
});
