import type { SiteIndex } from '../../site/groupVacancies';
import { formatDate, formatSalary } from '../../site/format';
import { placeLabel } from '../../site/placeLabel';
import { firstWords } from '../../site/text';
import type { Vacancy } from '../../schema/publishedVacancy';
import { NO_RECORD_WORDS, type RecordWords } from './recordWords';
import { recordContext, searchFilters, searchSorts } from './searchRecord';
import type { SearchWindow } from '../searchWindow';

/** The lookups a record needs from the site index. */
export type RecordLookups = Pick<SiteIndex, 'data' | 'provinceByCode' | 'regencyByCode' | 'occupationByCode'>;

/** What Pagefind's Node API `addCustomRecord` takes for one page; every value a string (a null crashes its process). */
export interface CustomRecord {
  url: string;
  language: 'id';
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The search record Pagefind indexes for one vacancy of the index (open on the day it is cut as of, src/lib/search/searchWindow.ts), generated from the data (not from the rendered page): the
 * words a searcher types (title, employer, occupation, place, skills, the description's first 30 words, and the
 * `words` of its kind of work, education and occupation's parent groups), its result card's meta, its filters and its
 * sort keys. Its occupation's words (KBJI titles, aliases, synonyms) go in the `occupation` meta field, which Pagefind
 * searches and ranks with a weight (src/scripts/search/pagefindIndex.ts), so a title or occupation match ranks above a
 * description's. The URL is the vacancy page's.
 */
export function customRecord(v: Vacancy, s: RecordLookups, window: SearchWindow, words: RecordWords = NO_RECORD_WORDS): CustomRecord {
  const occupation = s.occupationByCode.get(v.occupation_unit);
  const province = v.province_code ? s.provinceByCode.get(v.province_code) : undefined;
  const regency = v.regency_code ? s.regencyByCode.get(v.regency_code) : undefined;
  const place = placeLabel(s, v);
  return {
    url: `/lowongan/${v.slug}/`,
    language: 'id',
    content: [v.title, v.employer_name, occupation?.titleId ?? '', place, (v.skills ?? []).join(' '), firstWords(v.description, 30), words.other(v)].join(' ').trim(),
    meta: {
      title: v.title,
      employer: v.employer_name,
      place,
      pay: formatSalary(v.salary_min, v.salary_max, v.salary_currency) ?? '',
      closes: formatDate(v.valid_through),
      closesOn: v.valid_through,
      posted: formatDate(v.date_posted),
      occupation: words.occupation(v.occupation_unit),
    },
    filters: searchFilters(v, recordContext(window, province, regency)),
    sort: searchSorts(v),
  };
}
