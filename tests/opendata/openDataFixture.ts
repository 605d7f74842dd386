import path from 'node:path';
import { ingest } from '../../src/lib/ingest/ingest';
import { workFolder, type WorkFolder } from '../../src/lib/pipeline/workFolder';
import type { OpenDataManifest } from '../../src/lib/pipeline/workFolderSchemas';
import { loadReferences } from '../../src/lib/reference/loadReferences';
import { writeOpenData } from '../../src/lib/opendata/writeOpenData';
import { publisherOf } from '../../src/lib/opendata/publisher';
import { tempDir } from '../tempDir';

/** The open-data files of the `build-site` fixture (as of 2026-11-28), written into a fresh work folder. */
export function writeFixtureOpenData(): { work: WorkFolder; manifest: OpenDataManifest } {
  const references = loadReferences(path.resolve('data'));
  const result = ingest({ dataDir: path.resolve('tests/fixtures/build-site'), asOf: '2026-11-28', references });
  const work = workFolder(path.join(tempDir('opendata'), 'work'));
  const manifest = writeOpenData({ result, references, work, publisher: publisherOf({}) });
  return { work, manifest };
}
