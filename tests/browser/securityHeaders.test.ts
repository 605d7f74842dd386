import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from './chromium';
import { headersFor, readHeadersFile } from './headersFile';
import { serveStatic } from './serveStatic';

const rules = readHeadersFile(path.resolve('public/_headers'));

describe.skipIf(!hasChromium)('the site under the security headers of public/_headers, in Chromium', () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  /** The same site with 'wasm-unsafe-eval' taken out of the policy: proves a violation is seen when there is one. */
  let stricter: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(inject('fixtureSite').outDir, (pathname) => headersFor(rules, pathname));
    stricter = await serveStatic(inject('fixtureSite').outDir, (pathname) => {
      const headers = headersFor(rules, pathname);
      return { ...headers, 'content-security-policy': headers['content-security-policy']!.replace(" 'wasm-unsafe-eval'", '') };
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stricter?.close();
  });

  /** Opens a page and returns what the browser reported against the policy: violation events and console errors. */
  async function visit(url: string, ready?: string, host = server!) {
    const page = await browser!.newPage();
    const reports: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') reports.push(m.text()); });
    page.on('pageerror', (e) => reports.push(e.message));
    await page.exposeFunction('reportViolation', (text: string) => reports.push(text));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    const response = await page.goto(`${host.url}${url}`);
    if (ready) await page.waitForFunction((text) => (document.getElementById('search-status')?.textContent ?? '').includes(text), ready);
    else await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    return { page, reports, headers: response!.headers() };
  }

  it('sends a Content-Security-Policy without unsafe-inline scripts, nosniff, a referrer policy and frame-ancestors', () => {
    const sent = headersFor(rules, '/lowongan/x/');
    expect(sent['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(sent['content-security-policy']).not.toContain('unsafe-inline');
    expect(sent['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(sent['x-content-type-options']).toBe('nosniff');
    expect(sent['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('finds "perawat" on /cari/ with no violation of the policy', async () => {
    const { page, reports, headers } = await visit('/cari/?q=perawat', 'ditemukan');
    expect(headers['content-security-policy']).toBe(headersFor(rules, '/cari/')['content-security-policy']);
    expect(await page.locator('#search-results li h2').count()).toBeGreaterThan(0);
    expect(reports).toEqual([]);
    await page.close();
  });

  it("sees the violation when the policy leaves out 'wasm-unsafe-eval', which Pagefind needs", async () => {
    const { page, reports } = await visit('/cari/?q=perawat', undefined, stricter);
    await page.waitForTimeout(1500);
    expect(reports.join('\n')).toMatch(/wasm-unsafe-eval|script-src/);
    await page.close();
  });

  it('shows home, a vacancy and /data/ with no violation of the policy', async () => {
    for (const url of ['/', '/lowongan/disnaker-uji-u-1/', '/data/']) {
      const { page, reports } = await visit(url);
      expect(await page.locator('h1').count(), url).toBe(1);
      expect(reports, url).toEqual([]);
      await page.close();
    }
  });
});
