import path from 'node:path';
import { loadOccupations } from '../reference/occupations';
import { loadRegions } from '../reference/regions';
import type { References } from '../reference/loadReferences';
import type { Vacancy } from '../schema/publishedVacancy';
import { classifyOpen } from './classifyOpen';
import { discoverSources } from './discoverSources';
import { ingestSource, type Candidate } from './ingestSource';
import type { IngestIssue } from './issues';
import { mergeAcrossSources } from './mergeAcrossSources';
import { rejectSlugCollisions } from './rejectSlugCollisions';
import { ignoredFileIssue } from './ignoredFileIssue';
import { compareCodeUnits } from '../compareCodeUnits';

/** Row accounting for one office: read = accepted + duplicates + rejected. */
export interface SourceSummary {
  source: string;
  name: string;
  url?: string;
  files: string[];
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  open: number;
  /** How many rows got each field from a default or derivation. */
  defaulted: Record<string, number>;
}

/** Everything the site and the open data are built from, and the validation report. */
export interface IngestResult {
  asOf: string;
  vacancies: Vacancy[];
  sources: SourceSummary[];
  issues: IngestIssue[];
}

/**
 * The whole ingest: every office under `<dataDir>/vacancies`, validated, resolved, de-duplicated and marked open or
 * closed as of `asOf`; references come from `<referenceDataDir>/reference` (default: dataDir), so test fixtures need
 * not copy them. `published` holds the slugs of vacancy pages already on the site: a vacancy reported by several
 * offices keeps the address it was published under. `references`, when given, are used instead of loading them.
 */
export function ingest(options: { dataDir: string; asOf: string; referenceDataDir?: string; published?: ReadonlySet<string>; references?: References }): IngestResult {
  const { dataDir, asOf, referenceDataDir = dataDir, published } = options;
  const refs = options.references ?? { regions: loadRegions(referenceDataDir), occupations: loadOccupations(referenceDataDir) };
  const { sources, ignored } = discoverSources(path.join(dataDir, 'vacancies'), path.join(dataDir, 'sources.csv'));
  const perSource = sources.map((s) => ({ files: s, result: ingestSource(s, refs, dataDir) }));
  const all: Candidate[] = perSource.flatMap((p) => p.result.candidates);
  const merged = mergeAcrossSources(all, published);
  const unique = rejectSlugCollisions(merged.kept);
  const vacancies: Vacancy[] = unique.kept
    .map((c) => ({ ...c, ...classifyOpen(c, asOf) }))
    .sort((a, b) => compareCodeUnits(a.slug, b.slug));
  const summaries = perSource.map(({ files, result }): SourceSummary => {
    const crossMerged = merged.mergedPerSource.get(files.source) ?? 0;
    const mine = vacancies.filter((v) => v.source === files.source);
    const defaulted: Record<string, number> = {};
    for (const v of mine) for (const f of v.defaulted) defaulted[f] = (defaulted[f] ?? 0) + 1;
    return {
      source: files.source, name: files.name ?? result.name ?? files.source, url: files.url, files: files.files.map((f) => path.relative(dataDir, f)),
      read: result.read, accepted: mine.length, duplicates: result.duplicates + crossMerged,
      rejected: result.rejected + (unique.rejectedPerSource.get(files.source) ?? 0),
      open: mine.filter((v) => v.is_open).length, defaulted,
    };
  });
  const issues = [
    ...ignored.map((f) => ignoredFileIssue(f, dataDir)), ...perSource.flatMap((p) => p.result.issues), ...merged.issues, ...unique.issues,
  ];
  return { asOf, vacancies, sources: summaries, issues };
}
