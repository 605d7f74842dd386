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

  it.each([1280, 360])('moves nothing on screen at %i px while the script readies the filters and the results arrive', async (width) => {
    const page = await site.browser().newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
    await page.addInitScript(() => {
      (window as unknown as { shifted: number }).shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) (window as unknown as { shifted: number }).shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The script arrives well after the first paint, as on a slow connection: what the markup and CSS hold must already be in place.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${site.url()}/cari/?q=teknisi`);
    await found(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.02);
    // The panel the script decided on: open on a wide screen, folded on a phone.
    expect(await page.evaluate(() => (document.getElementById('search-filters') as HTMLDetailsElement).open)).toBe(width >= 768);
    await page.close();
  });

  it('brings the visitor back to where they were in the results after a vacancy (Back) and after another page of results (Back)', async () => {
    const page = await open(360, '?provinsi=jawa-tengah');
    const y = await page.evaluate(() => {
      scrollTo(0, 700);
      return Math.round(scrollY);
    });
    expect(y).toBe(700);
    // Give the scroll handler time to keep the position, then leave for a vacancy seen on screen.
    await page.waitForTimeout(400);
    const visible = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#search-results li h2 a')]
      .findIndex((a) => a.getBoundingClientRect().top > 0 && a.getBoundingClientRect().bottom < innerHeight));
    await page.locator('#search-results li h2 a').nth(visible).click();
    await page.waitForURL(/\/lowongan\//);
    await page.goBack();
    await page.waitForURL(/\/cari\//);
    await found(page);
    await page.waitForFunction(() => Math.round(scrollY) === 700, undefined, { timeout: 5000 });
    // Within the search: page 2 from the pager below the results, then Back to page 1 where the pager was.
    await page.locator('.search-pager').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    const atPager = await page.evaluate(() => Math.round(scrollY));
    expect(atPager).toBeGreaterThan(700);
    await page.getByRole('link', { name: 'Halaman 2' }).click();
    await page.waitForURL(/hal=2/);
    await found(page);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('hal=2'));
    await page.waitForFunction((expected) => Math.round(scrollY) === expected && document.querySelectorAll('#search-results li').length === 10, atPager, { timeout: 5000 });
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
