import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../src/lib/parse/parseDate';
import { addHostileText, applyFault, type FaultKind } from './faults';
import { formatRow } from './formatRow';
import type { EmittedRow } from './generateVacancies';
import type { OfficeContext } from './officeContext';
import { randomFor } from './random';
import { openCsv, type CsvWriter } from './csvWriter';

/** A file written, relative to the output folder, with its number of data rows. */
export interface WrittenFile {
  file: string;
  office: string;
  rows: number;
}

/** A row given a deliberate fault: which file, which data row (1-based, header not counted), which id, what fault. */
export interface FaultRecord {
  file: string;
  row: number;
  id: string;
  fault: FaultKind;
}

/** What writing one office produced. */
export interface OfficeOutput {
  files: WrittenFile[];
  faults: FaultRecord[];
  hostile: number;
}

/**
 * Writes one office's rows as its export would look: one file, or a folder with one export per period
 * (vacancies posted before the as-of month, then the as-of month; corrections go to the later export).
 * `faultRate` of rows get a deliberate fault; some others a hostile (but valid) description.
 */
export function writeOfficeFiles(ctx: OfficeContext, rows: Iterable<EmittedRow>, outDir: string, faultRate: number): OfficeOutput {
  const { office } = ctx;
  const format = randomFor(ctx.seed, 'format', office.slug);
  const faulty = randomFor(ctx.seed, 'faults', office.slug);
  const monthStart = `${ctx.asOf.slice(0, 7)}-01`;
  const writers: { file: string; writer: CsvWriter }[] = [];
  const open = (file: string) => {
    writers.push({ file, writer: openCsv(path.join(outDir, file), office.format) });
    return writers.length - 1;
  };
  let pick: (row: EmittedRow) => number;
  if (office.format.layout === 'folder') {
    const dir = path.join(outDir, office.slug);
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir).filter((f) => f.endsWith('.csv'))) rmSync(path.join(dir, old));
    const earlier = open(`${office.slug}/ekspor-${addDays(monthStart, -1)}.csv`);
    const later = open(`${office.slug}/ekspor-${ctx.asOf}.csv`);
    pick = (row) => (row.kind !== 'correction' && row.vacancy.datePosted < monthStart ? earlier : later);
  } else {
    const only = open(`${office.slug}.csv`);
    pick = () => only;
  }
  const faults: FaultRecord[] = [];
  let hostile = 0;
  for (const row of rows) {
    const cells = formatRow(row.vacancy, row.id, office, ctx.book, format);
    const target = writers[pick(row)];
    const isFaulty = faulty.chance(faultRate);
    const isHostile = faulty.chance(faultRate * 0.3);
    if (isFaulty) faults.push({ file: target.file, row: target.writer.rows + 1, id: row.id, fault: applyFault(cells, row.vacancy, office, faulty) });
    else if (isHostile) {
      addHostileText(cells, faulty);
      hostile++;
    }
    target.writer.add(office.format.columns.map(([field]) => cells[field]));
  }
  for (const { writer } of writers) writer.close();
  return { files: writers.map(({ file, writer }) => ({ file, office: office.slug, rows: writer.rows })), faults, hostile };
}
