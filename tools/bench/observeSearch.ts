// Asks the real search page (/cari/) a query in Chromium and reads what a searcher sees, plus the full result set.
import type { Page } from 'playwright-core';
import { searchText } from '../../src/i18n/idSearch';
import type { Observed } from './relevance';

/**
 * Opens `/cari/?q=…` (in the order `urut`, if given), waits for the page's answer, and reads the first page's result links and the words the page
 * searched (`data-searched` on the status when it corrected them, else the query). The full result set, for recall,
 * comes from the same Pagefind files in the same page: the searched words and the filters the page asked for
 * (`data-filters`: a trade word's unit groups) on the whole country's first shard (the sample site has one), every result's URL.
 */
export async function observeQuery(page: Page, base: string, q: string, urut?: string): Promise<Observed> {
  await page.goto(`${base}/cari/?q=${encodeURIComponent(q)}${urut ? `&urut=${urut}` : ''}`);
  await page.waitForFunction((searching) => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && status !== searching && !status.startsWith('Ketik');
  }, searchText.status.searching);
  const first = await page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const searched = (await page.getAttribute('#search-status', 'data-searched')) ?? q;
  const filters = JSON.parse((await page.getAttribute('#search-status', 'data-filters')) ?? '{}') as Record<string, unknown>;
  const all = await page.evaluate(async ({ term, filters }) => {
    type Result = { data: () => Promise<{ url: string }> };
    const config = JSON.parse(document.getElementById('search-config')!.textContent!) as { scopes: Record<string, string[]>; nationwide: string };
    const shard = `/pagefind/${config.scopes[config.nationwide]![0]}/`;
    const pagefind = (await import(/* @vite-ignore */ `${shard}pagefind.js`)) as {
      options: (o: object) => Promise<void>; search: (t: string, o: object) => Promise<{ results: Result[] }>;
    };
    await pagefind.options({ baseUrl: '/', basePath: shard });
    const found = await pagefind.search(term, { filters });
    return Promise.all(found.results.map(async (r) => (await r.data()).url));
  }, { term: searched, filters });
  return { searched, first, all };
}
