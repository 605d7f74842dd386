import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOccupations } from '../../src/lib/reference/occupations';
import { customRecord } from '../../src/lib/search/build/customRecord';
import { loadRecordWords, loadSynonyms, uniqueWords } from '../../src/lib/search/build/recordWords';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import type { SiteData } from '../../src/lib/site/siteData';
import { vacancy } from '../seo/vacancyFixture';

const occupations = loadOccupations(path.resolve('data'));
const words = loadRecordWords(path.resolve('data'), occupations);
const s = groupVacancies({ asOf: '2026-11-28', sources: [], provinces: [], regencies: [], occupations: [...occupations.all], vacancies: [] } as unknown as SiteData);

describe('the words a search record carries', () => {
  it('gives a driver the words searchers use in both languages, from KBJI, the aliases and the synonym table', () => {
    const driver = words.occupation('8322').split(' ');
    expect(driver).toEqual(expect.arrayContaining(['sopir', 'supir', 'pengemudi', 'driver', 'taxi']));
    expect(words.occupation('2221').split(' ')).toEqual(expect.arrayContaining(['perawat', 'nurse', 'nursing']));
    expect(words.occupation('5120').split(' ')).toEqual(expect.arrayContaining(['koki', 'cook', 'chef', 'juru', 'masak']));
  });

  it('puts the occupation words in a weighted meta field and the kind of work, education and parent groups in the content', () => {
    const record = customRecord(vacancy({ occupation_unit: '2221', employment_type: 'internship', disability_friendly: true }), s, { since: '2026-11-28' }, words);
    expect(record.meta.occupation).toContain('nurse');
    expect(record.content).toMatch(/magang.*internship/);
    expect(record.content).toContain('disabilitas');
    expect(record.content).toContain('keperawatan');
  });

  it('lists each word once and drops one-letter tokens', () => {
    expect(uniqueWords(['Juru Masak', 'juru masak cepat', 'd i', 's 1'])).toBe('juru masak cepat');
  });

  it('covers trades in every major group of KBJI 2014 and names only real codes', () => {
    const synonyms = loadSynonyms(path.resolve('data'), occupations);
    expect(new Set([...synonyms.keys()].map((code) => code[0])).size).toBe(10);
  });
});
