import fs from 'node:fs';
import { HtmlValidate } from 'html-validate';
import type { GateProblem } from './problem';
import type { SitePage } from './sitePages';

/**
 * html-validate's recommended rules, less `long-title`: a page title names the place or occupation group in full
 * (KBJI titles run to 90 characters) and a search engine shortening it is better than a title that no longer says
 * what the list holds.
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

/** Checks each page with html-validate: every error as one problem naming the rule, the element and the line. */
export async function checkHtml(pages: readonly SitePage[]): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(fs.readFileSync(page.file, 'utf8'), page.file);
    for (const message of report.results.flatMap((r) => r.messages)) {
      problems.push({ page: page.url, problem: `HTML tidak sah / invalid HTML (${message.ruleId}, baris / line ${message.line}): ${message.message}${message.selector ? ` at ${message.selector}` : ''}` });
    }
  }
  return problems;
}
