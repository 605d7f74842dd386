import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_PARTITION_PAGES } from '../search/searchShards';
import type { BuildOptions } from './buildSite';
import { BuildFailure, classifyFailure, EXIT, failureLine } from './failure';
import { DEFAULT_WORK_DIR } from './workFolder';

/** The flags of `npm run build` and `npm run update`. */
const BUILD_FLAGS = {
  data: { type: 'string', default: 'data' },
  out: { type: 'string', default: 'dist' },
  work: { type: 'string', default: DEFAULT_WORK_DIR },
  /** The history folder (ledger, archive, change files); default <data>/ledger. */
  ledger: { type: 'string' },
  'as-of': { type: 'string', default: process.env.LOKER_AS_OF },
  strict: { type: 'boolean', default: false },
  /** Render every page and index every shard again, reusing nothing of the published site. */
  full: { type: 'boolean', default: false },
  /** Open vacancies per nationwide recent search partition (src/lib/search/searchShards.ts). */
  'search-partition-pages': { type: 'string', default: String(DEFAULT_PARTITION_PAGES) },
} satisfies ParseArgsConfig['options'];

/** The build options the command line asks for; a wrong flag is a usage failure (exit code 2). */
export function buildOptionsFromArgs(args = process.argv.slice(2)): BuildOptions {
  try {
    const { values } = parseArgs({ args, options: BUILD_FLAGS });
    const partitionPages = Number(values['search-partition-pages']);
    if (!Number.isInteger(partitionPages) || partitionPages < 1) throw new Error(`--search-partition-pages ${values['search-partition-pages']}`);
    return { dataDir: values.data, ledgerDir: values.ledger, outDir: values.out, workDir: values.work, asOf: values['as-of'], strict: values.strict, partitionPages, full: values.full };
  } catch (error) {
    throw new BuildFailure(EXIT.usage, `Perintah salah / wrong command line: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Runs a build command to its end and sets the process's exit code (src/lib/pipeline/failure.ts `EXIT`): every failure
 * ends with one plain line. A stage that dies without settling its promise (Pagefind's service killed by a full disk)
 * would end Node with code 13 and no word: the exit handler says it instead, checking the folders for a full disk.
 */
export async function runCommand(command: () => Promise<void>, dirs: () => readonly string[]): Promise<void> {
  let settled = false;
  process.on('exit', () => {
    if (settled) return;
    const failure = classifyFailure(new Error('Build berhenti sebelum selesai: sebuah tahap (Pagefind/Astro) mati tanpa pesan / the build stopped before finishing: a stage died without a message'), dirs(), EXIT.stage);
    console.error(failureLine(failure));
    process.exitCode = failure.exitCode;
  });
  try {
    await command();
    process.exitCode = EXIT.published;
  } catch (error) {
    const failure = classifyFailure(error, dirs());
    console.error(failureLine(failure));
    process.exitCode = failure.exitCode;
  } finally {
    settled = true;
  }
}
