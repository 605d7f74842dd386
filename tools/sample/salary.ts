import type { OverseasCountry } from './employers';
import type { JobTemplate } from './jobTemplates';
import type { Random } from './random';

/** Monthly pay in Rupiah as a posting states it: a range, a floor, or nothing. */
export interface SalaryOffer {
  min?: number;
  max?: number;
}

/** Typical monthly pay for migrant workers by destination, in Rupiah (rounded, 2025 exchange rates). */
const abroadBase: Record<OverseasCountry, number> = { MY: 5_500_000, TW: 11_500_000, HK: 10_500_000, JP: 19_000_000, KR: 24_000_000, SA: 6_500_000 };

/** Rounds to what offices write: 50 thousand below 5 million, 100 thousand above. */
function roundPay(amount: number): number {
  const step = amount >= 5_000_000 ? 100_000 : 50_000;
  return Math.round(amount / step) * step;
}

function shape(base: number, random: Random): SalaryOffer {
  const min = roundPay(base);
  const r = random.next();
  if (r < 0.55) return { min, max: roundPay(min * (1.1 + random.next() * 0.4)) };
  if (r < 0.9) return { min };
  return { min, max: min };
}

/** Pay around the province's minimum wage (UMP) scaled by the job; `premium` lifts pay in big cities and industrial kabupaten. About 30% of postings state no pay. */
export function pickSalary(template: JobTemplate, minimumWage: number, premium: number, random: Random): SalaryOffer {
  if (random.chance(0.3)) return {};
  const [low, high] = template.pay;
  const base = Math.max(minimumWage, minimumWage * (low + random.next() * (high - low)) * premium);
  return shape(Math.ceil(base / 50_000) * 50_000, random);
}

/** Pay for a placement abroad, converted to Rupiah; about 40% of such postings leave pay to the contract. */
export function pickSalaryAbroad(country: OverseasCountry, template: JobTemplate, random: Random): SalaryOffer {
  if (random.chance(0.4)) return {};
  const factor = template.family === 'health' ? 1.4 : template.family === 'domestic' ? 0.95 : 1;
  return shape(abroadBase[country] * factor * (0.9 + random.next() * 0.25), random);
}
