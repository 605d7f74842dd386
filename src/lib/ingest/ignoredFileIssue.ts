import path from 'node:path';
import type { Issue } from '../issues/issue';
import type { IgnoredFile } from './discoverSources';

const SEVERITY: Record<Exclude<IgnoredFile['reason'], 'symlink-outside'>, Issue['severity']> = { spreadsheet: 'error', 'unknown-file': 'warning', subfolder: 'warning', 'orphan-mapping': 'warning', 'unnamed-office': 'error' };

/** The issue for a file under the data folder that was not read, so nothing is skipped silently. */
export function ignoredFileIssue(file: IgnoredFile, dataDir: string): Issue {
  if (file.reason === 'symlink-outside') return { type: 'file/symlink-outside', severity: 'error', source: file.source, file: path.relative(dataDir, file.path), target: file.target ?? '' };
  return { type: `file/${file.reason}`, severity: SEVERITY[file.reason], source: file.source, file: path.relative(dataDir, file.path) };
}
