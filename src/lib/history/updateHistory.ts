import { compareCodeUnits } from '../compareCodeUnits';
import { classifyOpen } from '../ingest/classifyOpen';
import { sameVacancyKey } from '../ingest/mergeAcrossSources';
import type { Vacancy } from '../schema/publishedVacancy';
import { archivedOf, contentHash, type Archive } from './archive';
import type { Ledger, LedgerEntry } from './ledger';

/** What one build knows of the past: the ledger (undefined when there is none yet) and the archive of last published content. */
export interface History {
  ledger: Ledger | undefined;
  archive: Archive;
}

/** The history after this publication, and the vacancies to publish with their dates (withdrawn ones included). */
export interface UpdatedHistory extends History {
  ledger: Ledger;
  vacancies: Vacancy[];
}

/**
 * A ledger vacancy that no export names any more but one of this build's new vacancies is the same report (another
 * office took it over, or the first office in name order changed): the new one takes the published address.
 */
function keepAddresses(vacancies: Vacancy[], history: History): Vacancy[] {
  const { ledger, archive } = history;
  if (!ledger) return vacancies;
  const current = new Set(vacancies.map((v) => v.slug));
  const missingByKey = new Map<string, string>();
  for (const slug of ledger.keys()) {
    const archived = archive.get(slug);
    if (!current.has(slug) && archived) missingByKey.set(sameVacancyKey(archived), slug);
  }
  if (missingByKey.size === 0) return vacancies;
  return vacancies.map((v) => {
    if (ledger.has(v.slug)) return v;
    const key = sameVacancyKey(v);
    const slug = missingByKey.get(key);
    if (!slug) return v;
    missingByKey.delete(key);
    return { ...v, slug };
  });
}

/** The ledger row of a vacancy published in this build. */
function entryOf(v: Vacancy, previous: LedgerEntry | undefined, asOf: string, bootstrap: boolean): LedgerEntry {
  const hash = contentHash(v);
  const changed = !previous || previous.content_hash !== hash || previous.withdrawn_on !== undefined;
  const closed = v.is_open ? {} : { closed_on: previous?.closed_on ?? asOf, closed_reason: v.closed_reason as LedgerEntry['closed_reason'] };
  // Without a ledger, what is already live is taken as published when its office posted it.
  const firstPublished = previous?.first_published ?? (bootstrap && v.date_posted < asOf ? v.date_posted : asOf);
  return {
    slug: v.slug, source: v.source, id: v.id,
    recorded_on: previous?.recorded_on ?? asOf, first_published: firstPublished,
    last_changed: changed && previous ? asOf : (previous?.last_changed ?? firstPublished),
    content_hash: hash, ...closed,
  };
}

/** A withdrawn vacancy's ledger row: closed as of this build when its archived content says so, withdrawn from the first build that missed it. */
function withdrawnEntry(entry: LedgerEntry, state: ReturnType<typeof classifyOpen>, asOf: string): LedgerEntry {
  const closed = entry.closed_on || state.is_open ? {} : { closed_on: asOf, closed_reason: state.closed_reason as LedgerEntry['closed_reason'] };
  return { ...entry, ...closed, withdrawn_on: entry.withdrawn_on ?? asOf };
}

/**
 * Brings the history up to this publication (`asOf`): every vacancy of the build gets its ledger row (new, changed,
 * closed, reported again) and its archived content; every ledger vacancy no export names any more is published again
 * from the archive, closed (`withdrawn`, unless its content says filled, cancelled or past the deadline).
 */
export function updateHistory(vacancies: readonly Vacancy[], history: History, asOf: string): UpdatedHistory {
  const bootstrap = history.ledger === undefined;
  const previous = history.ledger ?? new Map();
  const ledger: Ledger = new Map();
  const archive: Archive = new Map(history.archive);
  const published: Vacancy[] = [];
  for (const v of keepAddresses([...vacancies], history)) {
    const entry = entryOf(v, previous.get(v.slug), asOf, bootstrap);
    ledger.set(v.slug, entry);
    archive.set(v.slug, archivedOf(v));
    published.push({ ...v, first_published: entry.first_published, last_changed: entry.last_changed });
  }
  for (const [slug, old] of previous) {
    if (ledger.has(slug)) continue;
    const content = archive.get(slug);
    // Without its content (the archive was deleted) the vacancy keeps its ledger row but cannot be shown.
    if (!content) {
      ledger.set(slug, { ...old, withdrawn_on: old.withdrawn_on ?? asOf });
      continue;
    }
    const archived = { ...content, is_open: false } as Vacancy;
    const state = classifyOpen(archived, asOf);
    const entry = withdrawnEntry(old, state, asOf);
    ledger.set(slug, entry);
    published.push({
      ...archived, is_open: false, closed_reason: state.is_open ? 'withdrawn' : state.closed_reason,
      first_published: entry.first_published, last_changed: entry.last_changed, withdrawn_on: entry.withdrawn_on,
    });
  }
  for (const slug of archive.keys()) if (!ledger.has(slug)) archive.delete(slug);
  published.sort((a, b) => compareCodeUnits(a.slug, b.slug));
  return { ledger, archive, vacancies: published };
}
