import { loadForeignPlaces, type ForeignPlaces } from './foreignPlaces';
import { loadOccupations, type OccupationReference } from './occupations';
import { loadRegions, type RegionReference } from './regions';

/** The reference data a build resolves and names things with: regions (Kemendagri), occupations (KBJI 2014) and places abroad. */
export interface References {
  regions: RegionReference;
  occupations: OccupationReference;
  /** Cities and countries abroad, so a place abroad is not taken for an unknown Indonesian one. */
  foreignPlaces: ForeignPlaces;
}

/** Loads the regions and occupations of `<dataDir>/reference` once, for the ingest, the site data and the JobPosting checks. */
export function loadReferences(dataDir: string): References {
  return { regions: loadRegions(dataDir), occupations: loadOccupations(dataDir), foreignPlaces: loadForeignPlaces() };
}
