import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileCache, pruneFileCache, referenceDigest } from '../ingest/fileCache';
import { ingest, type IngestResult } from '../ingest/ingest';
import type { References } from '../reference/loadReferences';
import { LedgerError, type Ledger } from '../history/ledger';
import type { AddressOwner } from '../ingest/rejectSlugCollisions';
import { codeDigest } from './reuse';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What reading the sources needs: the data folder, the date that decides open or closed, and the published site if any. */
export interface ReadSourcesInput {
  dataDir: string;
  asOf: string;
  references: References;
  /** The published site (the build's output folder): its vacancy pages keep their addresses. */
  publishedDir?: string;
  /** The history ledger (readLedgerOrError): it says which office each published address belongs to. */
  ledger?: Ledger | LedgerError;
  /** The work folder's ingest cache (`ingest-cache/`): each unchanged data file's result is taken from the previous build. */
  cacheDir?: string;
}

/** Each address the ledger records, with the office it belongs to; none when there is no ledger yet, or a corrupt one (the history stage stops the build on that, naming the line). */
function addressOwners(ledger: Ledger | LedgerError | undefined): Map<string, AddressOwner> {
  if (!ledger || ledger instanceof LedgerError) return new Map();
  return new Map([...ledger].map(([slug, e]) => [slug, { source: e.source, id: e.id, firstPublished: e.first_published }]));
}

/**
 * Reads every office's rows, validated, resolved, de-duplicated and marked open or closed (src/lib/ingest/ingest.ts),
 * keeping each vacancy at the address it is published under: in the output folder, or in `<out>.old` where a killed
 * build left it (publishing puts it back). With `cacheDir`, a data file whose bytes, mapping, code and reference data are
 * those of the previous build gives that build's result (src/lib/ingest/fileCache.ts); the cache then keeps this build's files only.
 */
export function readSources(input: ReadSourcesInput): IngestResult {
  const { dataDir, asOf, references, publishedDir, ledger } = input;
  const pages = publishedDir
    ? [path.resolve(publishedDir), `${path.resolve(publishedDir)}.old`].map((d) => path.join(d, 'lowongan')).find((d) => fs.existsSync(d))
    : undefined;
  const published = new Set(pages ? fs.readdirSync(pages) : []);
  if (publishedDir) console.log(`Halaman lowongan yang sudah terbit / published vacancy pages: ${published.size}${pages ? ` (${path.relative(process.cwd(), pages) || pages})` : ''}`);
  // The code is this checkout's (found from this file, not the working directory), so a change to it validates every file again.
  const cache = input.cacheDir ? fileCache(input.cacheDir, `${codeDigest(PROJECT_ROOT)}:${referenceDigest(dataDir)}`) : undefined;
  const result = ingest({ dataDir: path.resolve(dataDir), asOf, published, owners: addressOwners(ledger), references, cache });
  if (cache) {
    pruneFileCache(cache);
    console.log(`Berkas data tak berubah, hasil validasi dipakai lagi / unchanged data files, validation reused: ${cache.hits} dari / of ${cache.hits + cache.misses}`);
  }
  return result;
}
