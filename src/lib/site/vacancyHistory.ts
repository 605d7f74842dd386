import type { Vacancy } from '../schema/publishedVacancy';
import { formatDate } from './format';

/** A vacancy's story as its page tells it (from the ledger): first published, last updated, and since when no office reports it. */
export interface VacancyHistoryView {
  firstPublished?: string;
  lastChanged?: string;
  /** Set when no export names the vacancy any more: the page shows its last published content under a banner. */
  withdrawnOn?: string;
  /** The banner "no longer reported", where the closed banner does not already say so (a vacancy closed before its office stopped reporting it). */
  withdrawnBanner: boolean;
}

/** The history facts of a vacancy page, dates written out (`1 Desember 2026`); all absent for a vacancy without ledger dates. */
export function vacancyHistory(v: Vacancy): VacancyHistoryView {
  const date = (iso: string | undefined) => iso && formatDate(iso);
  return {
    firstPublished: date(v.first_published), lastChanged: date(v.last_changed), withdrawnOn: date(v.withdrawn_on),
    withdrawnBanner: v.withdrawn_on !== undefined && v.closed_reason !== 'withdrawn',
  };
}
