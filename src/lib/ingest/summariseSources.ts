import path from 'node:path';
import type { Vacancy } from '../schema/publishedVacancy';
import type { SourceFiles } from './discoverSources';
import type { OfficeContact } from './sourcesFile';
import type { SourceIngest } from './ingestSource';

/** Row accounting for one office: read = accepted + duplicates + rejected. */
export interface SourceSummary {
  source: string;
  name: string;
  url?: string;
  /** How to visit the office in person (data/sources.csv). */
  contact?: OfficeContact;
  files: string[];
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Vacancies (distinct ids) among the rejected rows that have no published version. */
  rejectedVacancies: number;
  open: number;
  /** How many rows got each field from a default or derivation. */
  defaulted: Record<string, number>;
  /** How many published vacancies had each field inferred (occupation_code guessed from the title). */
  inferred: Record<string, number>;
}

/** What became of each office's rows once merged across offices and checked for colliding addresses. */
export interface AcrossSources {
  vacancies: Vacancy[];
  mergedPerSource: ReadonlyMap<string, number>;
  rejectedPerSource: ReadonlyMap<string, number>;
}

/** The balance of one office: its own duplicates and rejections plus those found across offices. */
export function summariseSource(files: SourceFiles, result: SourceIngest, across: AcrossSources, dataDir: string): SourceSummary {
  const mine = across.vacancies.filter((v) => v.source === files.source);
  const defaulted: Record<string, number> = {};
  const inferred: Record<string, number> = {};
  for (const v of mine) for (const f of v.defaulted) defaulted[f] = (defaulted[f] ?? 0) + 1;
  for (const v of mine) for (const f of v.inferred ?? []) inferred[f] = (inferred[f] ?? 0) + 1;
  return {
    source: files.source, name: files.name ?? result.name ?? files.source, url: files.url, contact: files.contact, files: files.files.map((f) => path.relative(dataDir, f)),
    read: result.read, accepted: mine.length, duplicates: result.duplicates + (across.mergedPerSource.get(files.source) ?? 0),
    rejected: result.rejected + (across.rejectedPerSource.get(files.source) ?? 0),
    rejectedVacancies: result.rejectedVacancies + (across.rejectedPerSource.get(files.source) ?? 0),
    open: mine.filter((v) => v.is_open).length, defaulted, inferred,
  };
}
