import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser/chromium';
import { useFixtureSiteInChromium } from '../browser/fixtureBrowser';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each type the site publishes, from the fixture site. */
const PAGES: Record<string, string> = {
  home: '/',
  'open vacancy': '/lowongan/disnaker-uji-u-1/',
  'closed vacancy': '/lowongan/disnaker-uji-u-4/',
  'overseas vacancy': '/lowongan/disnaker-uji-u-19/',
  'vacancy with markup in its description': '/lowongan/disnaker-uji-u-2/',
  province: '/wilayah/jawa-barat/',
  'kabupaten/kota': '/wilayah/jawa-barat/kota-bandung/',
  'empty kabupaten/kota': '/wilayah/jawa-barat/kota-bekasi/',
  'nationwide list': '/wilayah/seluruh-indonesia/',
  'occupation major group': '/jabatan/2-profesional/',
  'occupation unit group': '/jabatan/2221-profesional-perawat/',
  'empty occupation unit group': '/jabatan/5230-kasir-dan-petugas-tiket/',
  overseas: '/luar-negeri/',
  'every province': '/wilayah/',
  'every occupation major group': '/jabatan/',
  'all open vacancies': '/lowongan/',
  about: '/tentang/',
  'overseas country': '/luar-negeri/jepang/',
  search: '/cari/',
  'search results': '/cari/?q=perawat',
  'search results, count still a lower bound': '/cari/?cara=onsite',
  'not found (404.html)': '/404.html',
  'open data': '/data/',
  'data dictionary': '/data/kamus/',
  'data quality per office': '/data/kualitas/',
  'labour-demand statistics': '/statistik/',
  'a feed\'s page': '/wilayah/jawa-barat/ikuti/',
  'vacancy applied to at the office': '/lowongan/disnaker-uji-u-6/',
};

/** Rules a page type is still known to break, each with who fixes it; an entry here is debt, not a pass (none now). */
const KNOWN: Record<string, string[]> = {};

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, one h1, heading order). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations on the loaded page, as `rule: target …` lines a person can act on. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, TAGS);
  return violations;
}

describe.skipIf(!hasChromium)('accessibility of each page type (axe-core in Chromium)', () => {
  const site = useFixtureSiteInChromium();

  it('reports violations when there are some (the check itself works)', async () => {
    const page = await site.browser().newPage();
    await page.setContent('<!doctype html><html lang="id"><title>x</title><body><main><h1>x</h1><img src="data:,"><p style="color:#bbb">pucat</p></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    await page.close();
  });

  for (const [name, url] of Object.entries(PAGES)) {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
      const known = KNOWN[url] ?? [];
      it(`finds no violations on the ${name} page at ${viewport.width} px${known.length ? ` (except known: ${known.join(', ')})` : ''}`, async () => {
        const page = await site.browser().newPage({ viewport });
        await page.goto(`${site.url()}${url}`);
        if (url.startsWith('/cari/?')) await page.waitForFunction(() => document.querySelector('#search-results li'));
        expect((await axeViolations(page)).filter((v) => !known.includes(v.split(' ')[0]))).toEqual([]);
        await page.close();
      });
    }
  }

  it('has one main landmark, a banner, a contentinfo, and headings that start at h1 without skipping a level', async () => {
    const page = await site.browser().newPage();
    for (const url of Object.values(PAGES).filter((u) => !u.startsWith('/cari/'))) {
      await page.goto(`${site.url()}${url}`);
      expect(await page.getByRole('main').count(), url).toBe(1);
      expect(await page.getByRole('banner').count(), url).toBe(1);
      expect(await page.getByRole('contentinfo').count(), url).toBe(1);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0], url).toBe(1);
      expect(levels.filter((l) => l === 1), url).toHaveLength(1);
      expect(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1), `${url}: ${levels.join(' ')}`).toBe(true);
    }
    await page.close();
  });

  it('lets a keyboard user skip to the content with a visible skip link and see where focus is', async () => {
    const page = await site.browser().newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url()}/lowongan/disnaker-uji-u-1/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke isi' });
    await expect(skip.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.width > 50 && box.height > 20 && box.x >= 0 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('isi');
    // The next Tab lands inside the content, on a link drawn with the yellow focus state.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { inMain: Boolean(el.closest('main')), tag: el.tagName, background: style.backgroundColor, shadow: style.boxShadow };
    });
    expect(focused).toMatchObject({ inMain: true, tag: 'A', background: 'rgb(255, 221, 0)' });
    expect(focused.shadow).not.toBe('none');
    await page.close();
  });

  it('draws a visible focus state on the header search box and button', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/wilayah/jawa-barat/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const input = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { id: el.id, outline: `${style.outlineStyle} ${style.outlineColor}` };
    });
    expect(input).toEqual({ id: 'q-header', outline: 'solid rgb(255, 221, 0)' });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor)).resolves.toBe('rgb(255, 221, 0)');
    await page.close();
  });
});
