import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './chromium';
import { useFixtureSiteInChromium } from './fixtureBrowser';

describe.skipIf(!hasChromium)('the search page\'s behaviour in Chromium', () => {
  const site = useFixtureSiteInChromium();
  const found = (page: Page) => page.waitForFunction(() => /ditemukan|Tidak ada/.test(document.getElementById('search-status')?.textContent ?? ''));
  const open = async (width: number, query: string) => {
    const page = await site.browser().newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
    await page.goto(`${site.url()}/cari/${query}`);
    await found(page);
    return page;
  };

  it('adds one history entry per search, not one per arrow key on a select', async () => {
    const page = await open(1280, '?q=teknisi');
    const before = await page.evaluate(() => history.length);
    await page.focus('select[name="jenis"]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('jenis'));
    await found(page);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.close();
  });

  it('moves nothing on screen while the results arrive', async () => {
    const page = await site.browser().newPage({ viewport: { width: 360, height: 740 } });
    await page.addInitScript(() => {
      (window as unknown as { shifted: number }).shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) (window as unknown as { shifted: number }).shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url()}/cari/?q=teknisi`);
    await found(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.02);
    await page.close();
  });

  it('keeps the results within reach on a phone when the filters are opened', async () => {
    const page = await open(360, '?q=teknisi');
    const top = () => page.evaluate(() => document.getElementById('search-status')!.getBoundingClientRect().top + scrollY);
    const closed = await top();
    await page.click('#search-filters > summary');
    expect((await top()) - closed).toBeLessThan(600);
    await page.close();
  });

  it('shows every select\'s chosen option in full on a desktop', async () => {
    const page = await open(1280, '?q=teknisi');
    const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>('#search-form select')].filter((select) => {
      const probe = document.createElement('span');
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(select).font}`;
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      document.body.append(probe);
      const tooWide = probe.getBoundingClientRect().width + 40 > select.clientWidth;
      probe.remove();
      return tooWide;
    }).map((select) => select.name));
    expect(cut).toEqual([]);
    await page.close();
  });
});
