import fs from 'node:fs';
import path from 'node:path';
import type { Issue } from '../issues/issue';
import type { Candidate } from './candidate';
import type { SourceFiles } from './discoverSources';
import { cachedFileIngest, type FileCache } from './fileCache';
import { ingestFile } from './ingestFile';
import { removeBidiControls } from '../parse/bidiControls';
import { loadSourceConfig } from './sourceConfig';
import { keepLastPerId } from './steps/keepLastPerId';
import type { References } from './steps/resolveCodes';
import { resolveRegion } from '../reference/regions';

/** What one office's files gave: accepted vacancies, and every row accounted for. */
export interface SourceIngest {
  candidates: Candidate[];
  read: number;
  duplicates: number;
  rejected: number;
  /** Vacancies rejected: ids of rejected rows with no version published (a vacancy with one valid version is published once). */
  rejectedVacancies: number;
  issues: Issue[];
  /** Display name from the mapping file, for offices not listed in sources.csv. */
  name?: string;
}

/** The office's own province (sources.csv) as a Kemendagri code; one it cannot read is a warning, not a guess. */
function officeProvince(source: SourceFiles, refs: References): { code?: string; issues: Issue[] } {
  if (!source.province) return { issues: [] };
  const r = resolveRegion(refs.regions, source.province);
  if (r.ok && r.scope !== 'national') return { code: r.provinceCode, issues: [] };
  return { issues: [{ type: 'file/unknown-office-province', severity: 'warning', source: source.source, file: 'sources.csv', province: source.province }] };
}

function rejectedVacancies(files: readonly { rejectedIds: Set<string> }[], kept: readonly Candidate[]): number {
  const published = new Set(kept.map((c) => c.id));
  return new Set(files.flatMap((f) => [...f.rejectedIds]).filter((id) => !published.has(id))).size;
}

/**
 * One office: its mapping file read once, each of its files through the steps (or its result from the previous build's
 * `cache`, when the file, the mapping, the code and the references are the same), then the same id twice keeps the last row.
 */
export function ingestSource(source: SourceFiles, refs: References, dataDir: string, cache?: FileCache): SourceIngest {
  const mapping = { ...loadSourceConfig(source.mappingFile), file: path.relative(dataDir, source.mappingFile ?? '') };
  const mappingText = source.mappingFile && fs.existsSync(source.mappingFile) ? fs.readFileSync(source.mappingFile, 'latin1') : '';
  const province = officeProvince(source, refs);
  const files = source.files.map((filePath) => {
    const place = { source: source.source, file: path.relative(dataDir, filePath) };
    const key = { file: filePath, mapping: `${mapping.file}\n${mappingText}`, place: JSON.stringify([place.source, place.file, province.code ?? null]) };
    return cachedFileIngest(cache, key, () => ingestFile(filePath, mapping, refs, place, province.code));
  });
  const unique = keepLastPerId(files.flatMap((f) => f.candidates), source.source);
  return {
    candidates: unique.kept,
    read: files.reduce((n, f) => n + f.read, 0),
    duplicates: unique.duplicates,
    rejected: files.reduce((n, f) => n + f.rejected, 0) + unique.rejected,
    rejectedVacancies: rejectedVacancies(files, unique.kept),
    issues: [...province.issues, ...files.flatMap((f) => f.issues), ...unique.issues],
    name: mapping.ok && mapping.config.name ? removeBidiControls(mapping.config.name) : undefined,
  };
}
