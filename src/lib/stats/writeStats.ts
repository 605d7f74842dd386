import type { IngestResult } from '../ingest/ingest';
import type { References } from '../reference/loadReferences';
import { writeStatsData, type WorkFolder } from '../pipeline/workFolder';
import { computeStats } from './computeStats';
import { loadMinimumWages } from './minimumWages';
import { loadProvinceShapes } from './provinceShapes';

/** What the statistics stage needs: the ingest's result, the references, the data folder (UMP and map), the work folder. */
export interface StatsStageInput {
  result: IngestResult;
  references: References;
  dataDir: string;
  work: WorkFolder;
}

/** The statistics stage: computes the figures of /statistik/ from every published vacancy and writes `stats.json`. */
export function writeStats(input: StatsStageInput): void {
  const { result, references, dataDir, work } = input;
  const provinces = references.regions.provinces;
  const majors = references.occupations.all.filter((o) => o.level === 'major');
  const topology = loadProvinceShapes(dataDir, provinces) as unknown as Record<string, unknown>;
  writeStatsData(work, computeStats({ asOf: result.asOf, vacancies: result.vacancies, provinces, majors, minimumWages: loadMinimumWages(dataDir), topology }));
}
