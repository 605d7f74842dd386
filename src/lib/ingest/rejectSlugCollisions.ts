import type { Issue } from '../issues/issue';
import { slugify } from '../slugify';
import { otherRow, type Candidate } from './candidate';

/** A page address as the history ledger records it: the office and id it was published for, and since when. */
export interface AddressOwner {
  source: string;
  id: string;
  firstPublished: string;
}

/** Whether the ledger's owner got the address from its own source and id (not from a vacancy handed over between offices, which keeps its old address). */
const ownsNatively = (slug: string, owner: AddressOwner) => `${owner.source}-${slugify(owner.id)}` === slug;

/**
 * Keeps page addresses unique: when two offices' vacancies get the same `/lowongan/{source}-{id}/` (source `disnaker`
 * with id `jabar-1` and source `disnaker-jabar` with id `1`), the office that published the address first (the
 * history ledger, `owners`) keeps it on every later build, whatever the order of the office names, and another
 * office's row is rejected naming the owner, even when the owner no longer reports it (its page stays, withdrawn).
 * An address no ledger names goes to the first row in source order; every other row is rejected with an issue, so no
 * page silently replaces another.
 */
export function rejectSlugCollisions<T extends Candidate>(candidates: T[], owners: ReadonlyMap<string, AddressOwner> = new Map()): { kept: T[]; rejectedPerSource: Map<string, number>; issues: Issue[] } {
  const bySlug = new Map<string, T>();
  const rejectedPerSource = new Map<string, number>();
  const issues: Issue[] = [];
  const reject = (c: T, issue: Issue) => {
    rejectedPerSource.set(c.source, (rejectedPerSource.get(c.source) ?? 0) + 1);
    issues.push(issue);
  };
  const owned = (c: T) => {
    const owner = owners.get(c.slug);
    return owner && ownsNatively(c.slug, owner) ? owner : undefined;
  };
  // The owners' rows first, so a stranger's row sorted before them cannot take their address.
  const ordered = [...candidates.filter((c) => owned(c)?.source === c.source), ...candidates.filter((c) => owned(c)?.source !== c.source)];
  for (const c of ordered) {
    const owner = owned(c);
    if (owner && owner.source !== c.source) {
      reject(c, {
        type: 'row/address-owned', severity: 'error', source: c.source, file: c.file, line: c.line, field: 'id', value: c.id,
        slug: c.slug, owner: owner.source, ownerId: owner.id, since: owner.firstPublished,
      });
      continue;
    }
    const first = bySlug.get(c.slug);
    if (!first) {
      bySlug.set(c.slug, c);
      continue;
    }
    reject(c, {
      type: 'row/slug-collision', severity: 'error', source: c.source, file: c.file, line: c.line, field: 'id', value: c.id,
      slug: c.slug, first: otherRow(first),
    });
  }
  return { kept: candidates.filter((c) => bySlug.get(c.slug) === c), rejectedPerSource, issues };
}
