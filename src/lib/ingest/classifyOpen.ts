import type { Vacancy } from '../schema/publishedVacancy';

/** Open or closed as of a date (YYYY-MM-DD, Asia/Jakarta): filled or cancelled reports and vacancies past valid_through are closed. */
export function classifyOpen(v: Pick<Vacancy, 'status' | 'valid_through'>, asOf: string): Pick<Vacancy, 'is_open' | 'closed_reason'> {
  if (v.status === 'filled') return { is_open: false, closed_reason: 'filled' };
  if (v.status === 'cancelled') return { is_open: false, closed_reason: 'cancelled' };
  if (v.valid_through < asOf) return { is_open: false, closed_reason: 'expired' };
  return { is_open: true };
}
