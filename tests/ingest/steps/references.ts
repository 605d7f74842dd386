import path from 'node:path';
import { loadReferences } from '../../../src/lib/reference/loadReferences';
import type { References } from '../../../src/lib/ingest/steps/resolveCodes';

let loaded: References | undefined;

/** The project's reference tables, loaded once for the step tests. */
export function references(): References {
  loaded ??= loadReferences(path.resolve('data'));
  return loaded;
}
