import { describe, expect, it } from 'vitest';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import { listPages } from '../../src/lib/site/listPages';
import { pagerItems } from '../../src/lib/site/pager';
import { data } from './siteFixture';

const pages = listPages(groupVacancies(data));

describe('ways in', () => {
  it('lists every open vacancy at /lowongan/ with a feed of them all', () => {
    expect(pages.all).toMatchObject({ path: '/lowongan/', heading: 'Semua lowongan dibuka', count: 3, noindex: false, feed: { path: '/lowongan/feed.xml' } });
  });

  it('lists every province, the nationwide placements by their name, and overseas at /wilayah/', () => {
    expect(pages.regionsIndex.groups!.links.map((l) => `${l.label} ${l.count}`)).toMatchInlineSnapshot(`
      [
        "Jawa Barat 3",
        "Jawa Tengah 0",
        "Penempatan di seluruh Indonesia 0",
        "Luar negeri 0",
      ]
    `);
    expect(pages.provinces.at(-1)!.heading).toBe('Lowongan dengan penempatan di seluruh Indonesia');
  });

  it('lists every occupation major group at /jabatan/', () => {
    expect(pages.occupationsIndex.groups!.links).toEqual([{ href: '/jabatan/2-profesional/', label: 'Profesional', count: 3 }]);
  });
});

describe('numbered pager', () => {
  it('shows the first, the last and the pages around the current one, with gaps', () => {
    const text = (current: number, last: number) => pagerItems('/x/', current, last)
      .map((i) => ('gap' in i ? '…' : i.current ? `[${i.page}]` : String(i.page))).join(' ');
    expect(text(1, 2)).toBe('[1] 2');
    expect(text(5, 10)).toBe('1 … 4 [5] 6 … 10');
    expect(text(2, 10)).toBe('1 [2] 3 … 10');
    expect(text(10, 10)).toBe('1 … 9 [10]');
  });

  it('links page 1 to the list itself and later pages below it', () => {
    expect(pagerItems('/wilayah/jawa-barat/', 1, 3).map((i) => ('href' in i ? i.href : ''))).toEqual(['/wilayah/jawa-barat/', '/wilayah/jawa-barat/2/', '/wilayah/jawa-barat/3/']);
  });
});
