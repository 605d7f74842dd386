import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/lib/ingest/candidate';
import { mergeAcrossSources } from '../../src/lib/ingest/mergeAcrossSources';
import { renderIssue } from '../../src/lib/report/renderIssue';

/** The same vacancy as one office reports it (only the fields the merge reads). */
const report = (source: string, id: string): Candidate => ({
  source, id, slug: `${source}-${id.toLowerCase()}`, file: `vacancies/${source}.csv`, line: 2,
  employer_name: 'PT Sinar Jaya', title: 'Pramuniaga', region_scope: 'regency', regency_code: '32.73', province_code: '32', country: 'ID',
  date_posted: '2025-03-03', valid_through: '2025-04-30',
} as unknown as Candidate);

describe('the same vacancy from three offices', () => {
  const a = report('kantor-a', 'A1');
  const b = report('kantor-b', 'B1');
  const c = report('kantor-c', 'C1');

  it('lists it once under the first office by name, crediting the others, each merged row with a note naming it', () => {
    const result = mergeAcrossSources([a, b, c]);
    expect(result.kept.map((k) => [k.slug, k.also_published_by])).toEqual([['kantor-a-a1', ['kantor-b', 'kantor-c']]]);
    expect(result.issues.map((i) => [i.source, renderIssue(i).message.includes('kantor-a (vacancies/kantor-a.csv baris 2)')])).toEqual([['kantor-b', true], ['kantor-c', true]]);
    expect([...result.mergedPerSource]).toEqual([['kantor-b', 1], ['kantor-c', 1]]);
  });

  it('keeps the published report when it is not the first, and every note names that report', () => {
    const result = mergeAcrossSources([a, b, c], new Set(['kantor-c-c1']));
    expect(result.kept.map((k) => [k.slug, k.also_published_by])).toEqual([['kantor-c-c1', ['kantor-b', 'kantor-a']]]);
    expect(result.issues.map((i) => i.source).sort()).toEqual(['kantor-a', 'kantor-b']);
    for (const issue of result.issues) expect(renderIssue(issue).message, issue.source).toContain('kantor-c (vacancies/kantor-c.csv baris 2)');
    expect(new Map(result.mergedPerSource)).toEqual(new Map([['kantor-a', 1], ['kantor-b', 1]]));
  });
});
