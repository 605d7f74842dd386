import fs from 'node:fs';
import { checkJobPosting } from '../seo/checkJobPosting';
import { findJobPostings } from '../seo/findJobPostings';
import type { GateProblem } from './problem';
import type { SitePage } from './sitePages';

const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;

/**
 * Checks the JSON-LD each page printed, as a search engine reads it: every block parses, every JobPosting passes
 * Google's required rules (src/lib/seo/checkJobPosting.ts, the checker prepare already runs on the data), and each
 * page of `openPages` (an open vacancy) carries one JobPosting.
 */
export function checkPrintedStructuredData(pages: readonly SitePage[], openPages: ReadonlySet<string>): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const page of pages) {
    let postings = 0;
    for (const [, text] of fs.readFileSync(page.file, 'utf8').matchAll(JSON_LD)) {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (error) {
        problems.push({ page: page.url, problem: `JSON-LD tidak terbaca / JSON-LD does not parse: ${(error as Error).message}` });
        continue;
      }
      if (findJobPostings(doc).length === 0) continue;
      postings += findJobPostings(doc).length;
      for (const e of checkJobPosting(doc).errors) problems.push({ page: page.url, problem: `JobPosting melanggar aturan Google / breaks a Google rule: ${e.path} ${e.message}` });
    }
    if (openPages.has(page.url) && postings !== 1) problems.push({ page: page.url, problem: `lowongan terbuka dengan ${postings} JobPosting / open vacancy with ${postings} JobPosting items (expected 1)` });
  }
  return problems;
}
