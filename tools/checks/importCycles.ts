import path from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';

/** Every import cycle among the TypeScript and .mjs files matched by `globs` (relative to `root`), type-only imports included; each cycle lists its files from `root`, starting at the alphabetically first. */
export async function findImportCycles(root: string, globs: readonly string[]): Promise<string[][]> {
  const tree = await parseDependencyTree([...globs], {
    context: root,
    cwd: root,
    extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    transform: false,
    onProgress: () => undefined,
  });
  return parseCircular(tree).map((cycle) => startAtFirst(cycle.map((file) => path.relative(root, path.resolve(root, file))))).sort();
}

/** The same cycle rotated to start at its alphabetically first file, so a cycle reads the same however it was reached. */
function startAtFirst(cycle: string[]): string[] {
  const first = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
