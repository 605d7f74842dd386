import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { allocateRows, officeRows, planSharedVacancies } from './generateVacancies';
import { loadMinimumWages } from './loadMinimumWages';
import { createOfficeContext } from './officeContext';
import { officesFor } from './offices';
import { loadRegionBook } from './regionBook';
import { writeOfficeFiles, type FaultRecord, type WrittenFile } from './writeOfficeFiles';
import { writeSources } from './writeSources';

/** What to generate. */
export interface SampleOptions {
  /** Data rows over all files. */
  count: number;
  seed: number;
  /** Folder for the office files (`data/vacancies`). */
  outDir: string;
  /** The day the data is relative to (`YYYY-MM-DD`). */
  asOf: string;
  /** Share of rows given a deliberate fault, 0–1. */
  faultRate: number;
  /** Number of offices (files or folders). */
  offices: number;
  /** Where to write the sources list; default `sources.csv` beside the output folder. */
  sourcesFile?: string;
  /** `data/reference/minimum-wages.csv`. */
  minimumWagesFile: string;
  /** The day after's export instead: this share of the rows changed (half) or added (half), every other row the same (benchmarks). */
  update?: number;
  /** The posting date of the update's new vacancies (default `asOf`): the next day's, for an update that moves the newest posting. */
  updatePosted?: string;
}

/** What was written. */
export interface SampleSummary {
  files: WrittenFile[];
  faults: FaultRecord[];
  hostile: number;
  sourcesFile: string;
}

/** Generates the sample: plans rows per office, then writes each office in turn (same options → byte-identical files). */
export function generateSample(options: SampleOptions): SampleSummary {
  const book = loadRegionBook();
  const wages = loadMinimumWages(options.minimumWagesFile);
  const offices = officesFor(options.offices);
  // Share rows by population, then build each office's context and the vacancies two offices both report.
  const counts = allocateRows(options.count, offices);
  const contexts = offices.map((office, i) => createOfficeContext(office, options.seed, options.asOf, book, wages, counts[i]));
  const shared = planSharedVacancies(contexts, counts, options.seed);
  mkdirSync(options.outDir, { recursive: true });
  // Write one office at a time, streaming its rows.
  const summary: SampleSummary = { files: [], faults: [], hostile: 0, sourcesFile: options.sourcesFile ?? path.join(path.dirname(path.resolve(options.outDir)), 'sources.csv') };
  contexts.forEach((ctx, i) => {
    const output = writeOfficeFiles(ctx, officeRows(ctx, counts[i], shared[i], options.update ? { rate: options.update, posted: options.updatePosted } : undefined), options.outDir, options.faultRate);
    summary.files.push(...output.files);
    summary.faults.push(...output.faults);
    summary.hostile += output.hostile;
  });
  writeSources(summary.sourcesFile, offices);
  return summary;
}
