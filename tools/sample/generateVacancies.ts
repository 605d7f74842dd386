import { addDays } from '../../src/lib/parse/parseDate';
import { composeVacancy } from './composeVacancy';
import type { OfficeContext } from './officeContext';
import type { OfficeSpec } from './offices';
import { randomFor, type Random } from './random';
import type { SampleVacancy } from './sampleVacancy';

/** A row an office writes: a new vacancy, a later correction of one (same id), or one also reported by another office. */
export interface EmittedRow {
  vacancy: SampleVacancy;
  id: string;
  kind: 'new' | 'correction' | 'shared';
}

/** A vacancy reported by two offices, and where in each office's file it goes. */
export interface SharedPlacement {
  position: number;
  vacancy: SampleVacancy;
}

/** Splits `total` rows over offices: 5% to the office abroad (if any), the rest by population (largest remainder, so they add up exactly). */
export function allocateRows(total: number, offices: readonly OfficeSpec[]): number[] {
  const abroad = offices.some((o) => o.area.kind === 'overseas');
  const home = offices.filter((o) => o.area.kind !== 'overseas').reduce((sum, o) => sum + o.populationThousands, 0);
  const abroadRows = abroad ? (home > 0 ? Math.round(total * 0.05) : total) : 0;
  const exact = offices.map((o) => (o.area.kind === 'overseas' ? abroadRows : home > 0 ? ((total - abroadRows) * o.populationThousands) / home : 0));
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = total - counts.reduce((a, b) => a + b, 0); k < left; k++) counts[order[k % order.length][1]]++;
  return counts;
}

/** About 0.5% of rows: vacancies reported by two home offices with the same employer, title, region and dates (each office gives its own id). */
export function planSharedVacancies(contexts: readonly OfficeContext[], counts: readonly number[], seed: number): SharedPlacement[][] {
  const random = randomFor(seed, 'shared');
  const plans: SharedPlacement[][] = contexts.map(() => []);
  const home = contexts.map((c, i) => [i, c.office.area.kind === 'overseas' ? 0 : counts[i]] as const).filter(([, n]) => n > 0);
  if (home.length < 2) return plans;
  const pairs = Math.round(counts.reduce((a, b) => a + b, 0) * 0.0025);
  for (let k = 0; k < pairs; k++) {
    const a = random.weighted(home);
    const b = random.weighted(home.filter(([i]) => i !== a));
    const vacancy = composeVacancy(contexts[a], random);
    for (const i of [a, b]) plans[i].push({ position: random.int(0, counts[i] - 1), vacancy });
  }
  return plans.map((plan) => plan.sort((x, y) => x.position - y.position));
}

function correct(vacancy: SampleVacancy, random: Random): SampleVacancy {
  const r = random.next();
  if (r < 0.4) return { ...vacancy, openings: vacancy.openings + random.int(1, 5) };
  if (r < 0.8) return { ...vacancy, validThrough: addDays(vacancy.validThrough, random.int(7, 14)) };
  return { ...vacancy, status: 'filled' };
}

/**
 * The next day's export of the same office (a data update): a share `rate / 2` of its new vacancies changed (one more
 * opening) and as many new vacancies posted on the data's day (or on `posted`) added at the end; every other row as before.
 */
export interface DataUpdate { rate: number; posted?: string }

/** Streams exactly `count` rows for one office: new vacancies, about 1% corrections later in the file, and the shared ones at their places; with `update`, the day after's changes. */
export function* officeRows(ctx: OfficeContext, count: number, shared: readonly SharedPlacement[], update?: DataUpdate): Generator<EmittedRow> {
  const changes = update && randomFor(ctx.seed, 'update', ctx.office.slug);
  const rows = baseRows(ctx, count, shared);
  let next = rows.next();
  for (; !next.done; next = rows.next()) {
    const row = next.value;
    yield changes && row.kind === 'new' && changes.chance(update.rate / 2) ? { ...row, vacancy: { ...row.vacancy, openings: row.vacancy.openings + 1 } } : row;
  }
  if (!update) return;
  const { random, nextId } = next.value;
  for (let i = Math.round((count * update.rate) / 2); i > 0; i--) {
    const posted = update.posted ?? ctx.asOf;
    const vacancy = { ...composeVacancy(ctx, random), datePosted: posted, validThrough: addDays(posted, 30), status: 'open' as const };
    yield { vacancy, id: nextId(vacancy), kind: 'new' };
  }
}

/** The rows of one office's export; returns its random stream and id sequence, so rows added the day after continue them. */
function* baseRows(ctx: OfficeContext, count: number, shared: readonly SharedPlacement[]): Generator<EmittedRow, { random: Random; nextId: (v: SampleVacancy) => string }> {
  const random = randomFor(ctx.seed, 'rows', ctx.office.slug);
  const { idPrefix, idStyle } = ctx.office;
  let sequence = random.int(100, 2000);
  const nextId = (vacancy: SampleVacancy) => {
    sequence += random.int(1, 3);
    return [idPrefix, vacancy.datePosted.slice(0, 4), String(sequence).padStart(idStyle.digits, '0')].join(idStyle.separator);
  };
  const pending: { due: number; row: EmittedRow }[] = [];
  let nextShared = 0;
  for (let i = 0; i < count; i++) {
    const due = pending.findIndex((p) => p.due <= i);
    if (due >= 0) {
      yield pending.splice(due, 1)[0].row;
    } else if (nextShared < shared.length && shared[nextShared].position <= i) {
      const { vacancy } = shared[nextShared++];
      yield { vacancy, id: nextId(vacancy), kind: 'shared' };
    } else {
      const vacancy = composeVacancy(ctx, random);
      const row: EmittedRow = { vacancy, id: nextId(vacancy), kind: 'new' };
      if (random.chance(0.01)) {
        const later = i + random.int(3, 150);
        if (later < count) pending.push({ due: later, row: { vacancy: correct(vacancy, random), id: row.id, kind: 'correction' } });
      }
      yield row;
    }
  }
  return { random, nextId };
}
