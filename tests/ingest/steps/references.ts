import path from 'node:path';
import { loadOccupations } from '../../../src/lib/reference/occupations';
import { loadRegions } from '../../../src/lib/reference/regions';
import type { References } from '../../../src/lib/ingest/steps/resolveCodes';

let loaded: References | undefined;

/** The project's reference tables, loaded once for the step tests. */
export function references(): References {
  loaded ??= { regions: loadRegions(path.resolve('data')), occupations: loadOccupations(path.resolve('data')) };
  return loaded;
}
