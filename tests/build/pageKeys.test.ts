import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/lib/site/pageKeys';
import { vacancy } from '../seo/vacancyFixture';

const BASE = 'base';
/** A list page's props as Astro's paginate gives them: the list's view (its vacancies) and the page's cards. */
const listProps = (vacancies: object[], title = 'Kota Bandung') => ({ view: { title, vacancies }, page: { data: vacancies.map((v) => ({ card: (v as { slug: string }).slug })), currentPage: 1 } });

describe('page keys: what decides whether a published page is rendered again', () => {
  it('give a list the same key for the same content, each time and from fresh copies of its vacancies', () => {
    const [a, b] = [vacancy({ slug: 'a' }), vacancy({ slug: 'b' })];
    const first = keyOf(BASE, listProps([a, b]));
    expect(keyOf(BASE, listProps([a, b]))).toBe(first);
    expect(keyOf(BASE, listProps([structuredClone(a), structuredClone(b)]))).toBe(first);
  });

  it('change a list\'s key when one of its vacancies changes, its order, its own fields or the base do', () => {
    const [a, b] = [vacancy({ slug: 'a' }), vacancy({ slug: 'b' })];
    const first = keyOf(BASE, listProps([a, b]));
    const others = [
      keyOf(BASE, listProps([a, vacancy({ slug: 'b', title: 'Operator Produksi Senior' })])),
      keyOf(BASE, listProps([a, vacancy({ slug: 'b', valid_through: '2027-02-01' })])),
      keyOf(BASE, listProps([b, a])),
      keyOf(BASE, listProps([a])),
      keyOf(BASE, listProps([a, b], 'Kabupaten Bandung')),
      keyOf('another base', listProps([a, b])),
    ];
    expect(new Set([first, ...others]).size).toBe(others.length + 1);
  });

  it('leave a vacancy\'s row place out: a row that moves in its office\'s file renders neither its page nor its lists again', () => {
    const a = vacancy({ slug: 'a', line: 2 });
    const moved = vacancy({ slug: 'a', line: 40, file: 'disnaker-lain.csv' });
    expect(keyOf(BASE, { vacancy: moved })).toBe(keyOf(BASE, { vacancy: a }));
    expect(keyOf(BASE, listProps([moved]))).toBe(keyOf(BASE, listProps([a])));
    expect(keyOf(BASE, { vacancy: vacancy({ slug: 'a', line: 2, openings: 9 }) })).not.toBe(keyOf(BASE, { vacancy: a }));
  });
});
