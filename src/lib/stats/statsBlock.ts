import { t } from '../../i18n';
import { MIN_CELL } from '../opendata/aggregates';
import type { ListView } from '../site/listView';
import { formatCount, formatRupiah } from '../site/format';
import { payRow } from './breakdown';

/** The statistics block of a province or occupation-group list: a few figures of its open vacancies and a link to /statistik/. */
export interface StatsBlockView {
  figures: string[];
  /** Said instead of the figures when the list has fewer than MIN_CELL open vacancies. */
  suppressed?: string;
  href: string;
}

/** Where the block links to. */
export const STATS_URL = '/statistik/';

/** Whether a list is a province's (or the nationwide one) or an occupation group's: the lists that carry the block. */
const hasBlock = (view: Pick<ListView, 'params'>) => 'group' in view.params || ('province' in view.params && !('regency' in view.params));

/**
 * The block of a list page, from the list's own open vacancies, with the open data's rules: positions, the median
 * offered pay in Rupiah (aggregates.ts `payOf`) with how many vacancies reported it, and how many are open to people
 * with disabilities; a list of 1 to 4 vacancies shows no figures. None for other lists or an empty one.
 */
export function statsBlock(view: Pick<ListView, 'params' | 'vacancies'>): StatsBlockView | undefined {
  const b = t.stats.block;
  const vacancies = view.vacancies;
  if (!hasBlock(view) || vacancies.length === 0) return undefined;
  if (vacancies.length < MIN_CELL) return { figures: [], suppressed: b.suppressed(MIN_CELL), href: STATS_URL };
  const pay = payRow({ key: '', label: '' }, vacancies, undefined);
  const total = formatCount(vacancies.length);
  const reported = formatCount(pay.reported ?? 0);
  const positions = vacancies.reduce((n, v) => n + v.openings, 0);
  const disability = vacancies.filter((v) => v.disability_friendly === true).length;
  return {
    figures: [
      b.positions(formatCount(positions)),
      pay.median === null ? b.payFew(reported, total) : b.pay(formatRupiah(pay.median), formatRupiah(pay.p25!), formatRupiah(pay.p75!), reported, total),
      b.disability(formatCount(disability), total),
    ],
    href: STATS_URL,
  };
}
