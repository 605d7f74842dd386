// Entry of one search-indexing worker's own process (started by indexSearch.ts): its input is the JSON in the first argument.
import fs from 'node:fs';
import { indexShards } from '../search/build/indexWithPagefind';
import { stageInput } from './runNodeScript';

/** What one worker indexes: the shards' records folder, the folder their indexes go into, the shards, and where to write what it indexed. */
export interface IndexWorkerInput { recordsDir: string; outDir: string; names: string[]; entriesFile: string }

const input = stageInput<IndexWorkerInput>();
const entries = await indexShards(input.recordsDir, input.outDir, input.names);
fs.writeFileSync(input.entriesFile, JSON.stringify(entries));
