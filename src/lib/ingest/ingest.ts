import path from 'node:path';
import { compareCodeUnits } from '../compareCodeUnits';
import type { Issue } from '../issues/issue';
import { loadReferences, type References } from '../reference/loadReferences';
import type { Vacancy } from '../schema/publishedVacancy';
import { classifyOpen } from './classifyOpen';
import { discoverSources } from './discoverSources';
import type { FileCache } from './fileCache';
import { ignoredFileIssue } from './ignoredFileIssue';
import { ingestSource } from './ingestSource';
import { mergeAcrossSources } from './mergeAcrossSources';
import { rejectSlugCollisions, type AddressOwner } from './rejectSlugCollisions';
import { settleOfficeNames } from './settleOfficeNames';
import { summariseSource, type SourceSummary } from './summariseSources';

/** Everything the site and the open data are built from, and the validation report. */
export interface IngestResult {
  asOf: string;
  vacancies: Vacancy[];
  sources: SourceSummary[];
  issues: Issue[];
}

/** The reference data `ingest` resolves codes against, and one office's row accounting, for callers of ingest. */
export type { References, SourceSummary };

/**
 * The whole ingest: every office under `<dataDir>/vacancies`, validated, resolved, de-duplicated and marked open or
 * closed as of `asOf`. References are `references` when given (loaded once by the caller), else read from
 * `<referenceDataDir>/reference` (default: dataDir), so test fixtures need not copy them. `published` holds the slugs
 * of vacancy pages already on the site: a vacancy reported by several offices keeps the address it was published under.
 * `owners` (from the history ledger) names the office each published address belongs to: no other office's row takes it.
 * With `cache`, a data file unchanged since the previous build (and code and references the same) is not read again
 * (fileCache.ts); the steps across files (offices' names, duplicates across offices, page addresses and their owners) always run over every row.
 */
export function ingest(options: { dataDir: string; asOf: string; referenceDataDir?: string; published?: ReadonlySet<string>; owners?: ReadonlyMap<string, AddressOwner>; references?: References; cache?: FileCache }): IngestResult {
  const { dataDir, asOf, referenceDataDir = dataDir, published } = options;
  const refs = options.references ?? loadReferences(referenceDataDir);
  // Find the offices and their files; list what is not read.
  const { sources, ignored, sourcesBroken } = discoverSources(path.join(dataDir, 'vacancies'), path.join(dataDir, 'sources.csv'));
  const sourcesIssues: Issue[] = sourcesBroken ? [{ type: 'file/broken-sources', severity: 'warning', source: '', file: 'sources.csv', ...sourcesBroken }] : [];
  // Each office through the chain of steps (file checks → row shape → map → infer → validate → resolve).
  const offices = sources.map((files) => ({ files, result: ingestSource(files, refs, dataDir, options.cache) }));
  // Two entries giving the same office name: one keeps it (and its published pages), the other's files are rejected.
  const settled = settleOfficeNames(offices, published ?? new Set(), dataDir);
  const perSource = settled.kept;
  // One listing per vacancy reported by several offices, then one vacancy per page address.
  const merged = mergeAcrossSources(perSource.flatMap((p) => p.result.candidates), published);
  const unique = rejectSlugCollisions(merged.kept, options.owners);
  // Open or closed as of the date, in slug order so two builds of the same data are identical.
  const vacancies: Vacancy[] = unique.kept.map((c) => ({ ...c, ...classifyOpen(c, asOf) })).sort((a, b) => compareCodeUnits(a.slug, b.slug));
  const across = { vacancies, mergedPerSource: merged.mergedPerSource, rejectedPerSource: unique.rejectedPerSource };
  return {
    asOf,
    vacancies,
    sources: perSource.map(({ files, result }) => summariseSource(files, result, across, dataDir)),
    issues: [...sourcesIssues, ...ignored.map((f) => ignoredFileIssue(f, dataDir)), ...settled.issues, ...perSource.flatMap((p) => p.result.issues), ...merged.issues, ...unique.issues],
  };
}
