import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { issueMessages } from '../report/issueMessages';
import { storedVacancyProblem } from '../pipeline/storedVacancy';
import type { Candidate } from './candidate';
import type { FileIngest } from './ingestFile';
import type { Issue } from '../issues/issue';

/**
 * Where the ingest keeps each data file's result between builds (the work folder's `ingest-cache/`), and the salt that
 * invalidates them all: a digest of the build's code and of the reference data. A file's entry is named by a digest of
 * the salt, its office's mapping file, its place (office, path, the office's province) and its bytes.
 */
export interface FileCache {
  dir: string;
  salt: string;
  /** The entries this build used (hit or written); the others are removed by pruneFileCache. */
  used: Set<string>;
  hits: number;
  misses: number;
}

/** A cache in `dir` for results made by code and references of digest `salt`. */
export function fileCache(dir: string, salt: string): FileCache {
  return { dir, salt, used: new Set(), hits: 0, misses: 0 };
}

/** A digest of every file of the reference folder (`<dataDir>/reference`), by path and content. */
export function referenceDigest(dataDir: string): string {
  const hash = createHash('sha256');
  const root = path.join(dataDir, 'reference');
  if (!fs.existsSync(root)) return 'none';
  for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(root, name);
    if (fs.statSync(file).isFile()) hash.update(`${name}\n`).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 24);
}

// A cached candidate is a published vacancy less the state a build decides (checked by shape, as the archive's are).
const candidateSchema = z.custom<Candidate>((value) => storedVacancyProblem(value !== null && typeof value === 'object' ? { is_open: false, also_published_by: [], ...value } : value) === undefined);
// A cached issue: a known type (one the report has a message for), its severity and place; kept as read, keys in their order.
const issueSchema = z.custom<Issue>((value) => {
  const issue = value as Partial<Record<string, unknown>> | null;
  return typeof issue === 'object' && issue !== null && typeof issue.type === 'string' && Object.hasOwn(issueMessages, issue.type)
    && (issue.severity === 'error' || issue.severity === 'warning') && typeof issue.source === 'string' && typeof issue.file === 'string';
});
const entrySchema = z.strictObject({
  read: z.number().int().nonnegative(), rejected: z.number().int().nonnegative(), rejectedIds: z.array(z.string()),
  candidates: z.array(candidateSchema), issues: z.array(issueSchema),
});

/**
 * One data file's ingest result: the cached one when the file, its mapping, its place, the code and the references are
 * those it was made from (read back with zod; an entry that does not parse is made again), else `run()`'s, kept.
 */
export function cachedFileIngest(cache: FileCache | undefined, parts: { file: string; mapping: string; place: string }, run: () => FileIngest): FileIngest {
  if (!cache) return run();
  const key = createHash('sha256').update(`${cache.salt}\n${parts.mapping.length}\n${parts.mapping}\n${parts.place}\n`).update(fs.readFileSync(parts.file)).digest('hex').slice(0, 32);
  const entry = path.join(cache.dir, `${key}.json`);
  cache.used.add(`${key}.json`);
  if (fs.existsSync(entry)) {
    const parsed = entrySchema.safeParse(safeJson(entry));
    if (parsed.success) {
      cache.hits++;
      return { ...parsed.data, rejectedIds: new Set(parsed.data.rejectedIds) };
    }
  }
  cache.misses++;
  const result = run();
  fs.mkdirSync(cache.dir, { recursive: true });
  const temp = `${entry}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ ...result, rejectedIds: [...result.rejectedIds] }));
  fs.renameSync(temp, entry);
  return result;
}

function safeJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Removes the entries this build did not use (files changed or gone, older code): the cache holds one build's files. */
export function pruneFileCache(cache: FileCache): void {
  if (!fs.existsSync(cache.dir)) return;
  for (const name of fs.readdirSync(cache.dir)) if (!cache.used.has(name)) fs.rmSync(path.join(cache.dir, name), { force: true });
}
