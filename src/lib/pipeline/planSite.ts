import fs from 'node:fs';
import path from 'node:path';
import type { IngestResult } from '../ingest/ingest';
import { loadOccupations } from '../reference/occupations';
import { loadRegions } from '../reference/regions';
import type { SiteData } from '../site/siteData';

/** Writes what the Astro pages read: validated vacancies, offices, and the reference data for names and hierarchy. */
export function writeSiteData(result: IngestResult, dataDir: string, file: string): SiteData {
  const regions = loadRegions(dataDir);
  const occupations = loadOccupations(dataDir);
  const data: SiteData = {
    asOf: result.asOf,
    sources: result.sources.map(({ source, name, url }) => ({ source, name, url })),
    provinces: [...regions.provinces],
    regencies: [...regions.regencies],
    occupations: [...occupations.all],
    vacancies: result.vacancies,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data));
  return data;
}
