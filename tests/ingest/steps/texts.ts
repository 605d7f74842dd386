import type { Issue } from '../../../src/lib/issues/issue';
import { renderIssue } from '../../../src/lib/report/renderIssue';
import { sourceConfigSchema, type SourceConfig } from '../../../src/lib/ingest/sourceConfig';

/** The Indonesian text a publisher reads for each issue, in order. */
export function texts(issues: readonly Issue[]): string[] {
  return issues.map((i) => renderIssue(i).message);
}

/** The English text for each issue, in order. */
export function textsEn(issues: readonly Issue[]): string[] {
  return issues.map((i) => renderIssue(i).messageEn);
}

/** A mapping as parsed from a mapping file with these settings (none: the empty mapping). */
export function mapping(settings: object = {}): SourceConfig {
  return sourceConfigSchema.parse(settings);
}

/** Where the issues of these tests happen. */
export const place = { source: 'kantor-a', file: 'vacancies/kantor-a.csv' };
