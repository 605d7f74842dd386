import fs from 'node:fs';
import path from 'node:path';
import { ingest, type IngestResult } from '../ingest/ingest';
import type { References } from '../reference/loadReferences';

/** What reading the sources needs: the data folder, the date that decides open or closed, and the published site if any. */
export interface ReadSourcesInput {
  dataDir: string;
  asOf: string;
  references: References;
  /** The published site (the build's output folder): its vacancy pages keep their addresses. */
  publishedDir?: string;
}

/**
 * Reads every office's rows, validated, resolved, de-duplicated and marked open or closed (src/lib/ingest/ingest.ts),
 * keeping each vacancy at the address it is published under: in the output folder, or in `<out>.old` where a killed
 * build left it (publishing puts it back).
 */
export function readSources(input: ReadSourcesInput): IngestResult {
  const { dataDir, asOf, references, publishedDir } = input;
  const pages = publishedDir
    ? [path.resolve(publishedDir), `${path.resolve(publishedDir)}.old`].map((d) => path.join(d, 'lowongan')).find((d) => fs.existsSync(d))
    : undefined;
  const published = new Set(pages ? fs.readdirSync(pages) : []);
  if (publishedDir) console.log(`Halaman lowongan yang sudah terbit / published vacancy pages: ${published.size}${pages ? ` (${path.relative(process.cwd(), pages) || pages})` : ''}`);
  return ingest({ dataDir: path.resolve(dataDir), asOf, published, references });
}
