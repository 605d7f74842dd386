import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';
import { serveStatic } from './serveStatic';

/** For a describe block: serves the fixture site on loopback and opens Chromium before its tests, closes both after. */
/** `requested` lists every path the server was asked for, in order (Pagefind fetches from a worker, invisible to the page). */
export function useFixtureSiteInChromium(): { browser: () => Browser; url: () => string; requested: () => string[] } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(inject('fixtureSite').outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url, requested: () => server!.requested() };
}
