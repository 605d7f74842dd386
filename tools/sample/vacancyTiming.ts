import { addDays } from '../../src/lib/parse/parseDate';
import type { Random } from './random';

/** When a vacancy was posted, until when it runs, and whether it is still open. */
export interface VacancyTiming {
  datePosted: string;
  validThrough: string;
  status: 'open' | 'filled' | 'cancelled';
}

/**
 * Posted within 60 days before `asOf`, open for 14–45 days. About 15% are closed as of `asOf`:
 * 9% past their closing date, 4% filled, 2% cancelled; the rest run until `asOf` or later.
 */
export function pickTiming(asOf: string, random: Random): VacancyTiming {
  const r = random.next();
  if (r < 0.09) {
    const ago = random.int(15, 60);
    const length = random.int(14, Math.min(45, ago - 1));
    return { datePosted: addDays(asOf, -ago), validThrough: addDays(asOf, length - ago), status: 'open' };
  }
  if (r < 0.15) {
    const ago = random.int(0, 60);
    const status = r < 0.13 ? 'filled' : 'cancelled';
    return { datePosted: addDays(asOf, -ago), validThrough: addDays(asOf, random.int(14, 45) - ago), status };
  }
  const ago = random.int(0, 44);
  const length = random.int(Math.max(14, ago), 45);
  return { datePosted: addDays(asOf, -ago), validThrough: addDays(asOf, length - ago), status: 'open' };
}
