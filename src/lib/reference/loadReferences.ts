import { loadOccupations, type OccupationReference } from './occupations';
import { loadRegions, type RegionReference } from './regions';

/** The reference data a build resolves and names things with: regions (Kemendagri) and occupations (KBJI 2014). */
export interface References {
  regions: RegionReference;
  occupations: OccupationReference;
}

/** Loads the regions and occupations of `<dataDir>/reference` once, for the ingest, the site data and the JobPosting checks. */
export function loadReferences(dataDir: string): References {
  return { regions: loadRegions(dataDir), occupations: loadOccupations(dataDir) };
}
