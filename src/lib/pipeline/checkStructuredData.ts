import type { IngestResult } from '../ingest/ingest';
import type { References } from '../reference/loadReferences';
import { checkOpenVacancies, jobPostingContext } from '../seo/checkOpenVacancies';

/**
 * Checks every open vacancy's JobPosting JSON-LD, as its page will print it, against Google's required rules; prints
 * each problem (file, row, rule) and returns whether there was none: a broken one stops the build before Astro runs.
 */
export function checkStructuredData(result: IngestResult, references: References): boolean {
  const problems = checkOpenVacancies(result.vacancies, jobPostingContext(references.regions, result.sources));
  for (const problem of problems) console.error(problem);
  return problems.length === 0;
}
