import type { SiteIndex } from '../site/groupVacancies';
import { formatDate, formatSalary } from '../site/format';
import { placeLabel } from '../site/site';
import { firstWords } from '../site/text';
import type { Vacancy } from '../schema/publishedVacancy';
import { recordContext } from './searchFacets';
import { searchFilters, searchSorts } from './searchRecord';
import { escapeHtml } from '../escapeHtml';


/** The lookups a record needs from the site index. */
export type RecordLookups = Pick<SiteIndex, 'data' | 'provinceByCode' | 'regencyByCode' | 'occupationByCode'>;

/**
 * The search record Pagefind indexes for one open vacancy, as a tiny standalone HTML document generated from the data
 * (not from the rendered page): what a searcher types, its result card's meta, its filters and sort keys.
 * Written to `search-records/<shard>/lowongan/<slug>/index.html`, so Pagefind's URL is the vacancy page's.
 */
export function searchRecordHtml(v: Vacancy, s: RecordLookups): string {
  const occupation = s.occupationByCode.get(v.occupation_unit);
  const province = v.province_code ? s.provinceByCode.get(v.province_code) : undefined;
  const regency = v.regency_code ? s.regencyByCode.get(v.regency_code) : undefined;
  const place = placeLabel(s, v);
  const filters = Object.entries(searchFilters(v, recordContext(s.data, province, regency))).flatMap(([key, values]) => values.map((value) => [key, value]));
  const sorts = Object.entries(searchSorts(v));
  const text = [v.title, v.employer_name, occupation?.titleId ?? '', place, (v.skills ?? []).join(' '), firstWords(v.description, 30)].join(' ');
  const meta = (key: string, value: string) => `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`;
  return [
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"></head><body>',
    `<div data-pagefind-body><p>${escapeHtml(text)}</p><div data-pagefind-ignore>`,
    meta('title', v.title),
    meta('employer', v.employer_name),
    meta('place', place),
    meta('pay', formatSalary(v.salary_min, v.salary_max) ?? ''),
    meta('closes', formatDate(v.valid_through)),
    meta('sort', sorts.map(([, value]) => value).join(' ')),
    ...filters.map(([key, value]) => `<span data-pagefind-filter="${escapeHtml(key!)}">${escapeHtml(value!)}</span>`),
    ...sorts.map(([key, value]) => `<span data-pagefind-sort="${escapeHtml(key)}">${escapeHtml(value)}</span>`),
    '</div></div></body></html>\n',
  ].join('');
}
