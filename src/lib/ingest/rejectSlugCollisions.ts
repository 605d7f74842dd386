import type { IngestIssue } from './issues';
import type { Candidate } from './ingestSource';

/**
 * Keeps page addresses unique: when two offices' vacancies get the same `/lowongan/{source}-{id}/` (source `disnaker`
 * with id `jabar-1` and source `disnaker-jabar` with id `1`), the first in source order keeps it and the other row is
 * rejected with a message, so no page silently replaces another.
 */
export function rejectSlugCollisions<T extends Candidate>(candidates: T[]): { kept: T[]; rejectedPerSource: Map<string, number>; issues: IngestIssue[] } {
  const bySlug = new Map<string, T>();
  const rejectedPerSource = new Map<string, number>();
  const issues: IngestIssue[] = [];
  for (const c of candidates) {
    const first = bySlug.get(c.slug);
    if (!first) {
      bySlug.set(c.slug, c);
      continue;
    }
    rejectedPerSource.set(c.source, (rejectedPerSource.get(c.source) ?? 0) + 1);
    issues.push({
      type: 'row/slug-collision', severity: 'error', source: c.source, file: c.file, line: c.line, field: 'id', value: c.id,
      message: `Alamat halaman /lowongan/${c.slug}/ sudah dipakai lowongan ${first.id} dari ${first.source} (${first.file} baris ${first.line}). Beri nomor lowongan lain, mis. dengan awalan kode kantor.`,
      messageEn: `The page address /lowongan/${c.slug}/ is already used by vacancy ${first.id} of ${first.source} (${first.file} line ${first.line}). Give this vacancy another id, e.g. prefixed with the office code.`,
    });
  }
  return { kept: [...bySlug.values()], rejectedPerSource, issues };
}
