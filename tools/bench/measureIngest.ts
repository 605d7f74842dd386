import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../../src/lib/ingest/ingest';
import { parseCount, parseExperienceYears } from '../../src/lib/parse/parseScalars';
import { guessOccupationFromTitle } from '../../src/lib/reference/guessOccupation';
import { loadOccupations } from '../../src/lib/reference/occupations';
import { readExportTitles } from './exportTitles';

/** One measured step: what it did, and its wall time in milliseconds. */
export interface Timing { label: string; ms: number; detail: string }

/** Runs `work` and returns its result with the wall time it took. */
function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

/** Guesses the unit group of `count` titles from a fixed mixed list (the figure the occupation tests once asserted). */
export function timeTitleGuesses(count: number): Timing {
  const ref = loadOccupations();
  const titles = ['Staf Admin Keuangan - Bekasi', 'Senior Backend Engineer (Java)', 'Kepala Gudang', 'Business Development Intern'];
  const { ms } = timed(() => { for (let i = 0; i < count; i++) guessOccupationFromTitle(ref, titles[i % titles.length]!); });
  return { label: `guess ${count.toLocaleString('en')} titles`, ms, detail: `${Math.round(count / (ms / 1000)).toLocaleString('en')} titles/s` };
}

/** Guesses every distinct job title of the real exports below `realdataDir`, with the share that got a unit group. */
export function timeExportInference(realdataDir: string): Timing {
  const ref = loadOccupations();
  const titles = readExportTitles(realdataDir);
  const { value: misses, ms } = timed(() => [...titles].filter((t) => guessOccupationFromTitle(ref, t) === null).length);
  const rate = ((1 - misses / titles.size) * 100).toFixed(1);
  return { label: `infer ${titles.size.toLocaleString('en')} distinct real titles`, ms, detail: `${rate}% given a unit group` };
}

/** Reads the hostile count cells the ingest tests hold (long free text, 50,000 spaces) that once stalled the build. */
export function timeHostileCells(): Timing {
  const { ms } = timed(() => {
    parseCount(`1 ${'tahun pengalaman '.repeat(50)}`);
    parseExperienceYears('1 tahun pengalaman sebagai administrasi/keuangan');
    parseCount(`${' '.repeat(50_000)}x`);
  });
  return { label: 'parse the hostile count cells', ms, detail: 'the old pattern took over a minute on the first cell' };
}

/** Ingests one office file of `rows` rows whose openings cell is long free text, end to end. */
export function timeHostileIngest(rows: number, referenceDataDir: string): Timing {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loker-bench-ingest-'));
  const header = 'id,title,occupation_code,employer_name,openings,region,employment_type,description,date_posted,valid_through,apply_email';
  const cell = `1 ${'tahun pengalaman '.repeat(50)}`;
  const lines = Array.from({ length: rows }, (_, i) => `KMN-${i},Kasir,5230,Toko Maju,${cell},Kota Bandung,kontrak,Melayani pembeli.,2026-11-01,2026-12-31,hrd@maju.co.id`);
  fs.mkdirSync(path.join(dataDir, 'vacancies'));
  fs.writeFileSync(path.join(dataDir, 'vacancies', 'kantor.csv'), `${header}\n${lines.join('\n')}\n`);
  try {
    const { value, ms } = timed(() => ingest({ dataDir, asOf: '2026-11-28', referenceDataDir }));
    return { label: `ingest ${rows.toLocaleString('en')} rows with free text in the openings cell`, ms, detail: `${value.vacancies.length.toLocaleString('en')} accepted, ${value.issues.length.toLocaleString('en')} issues` };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
