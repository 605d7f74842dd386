import path from 'node:path';
import { readCsvFile } from '../../readCsvFile';
import { occupationPath, type OccupationReference } from '../../reference/occupations';
import { educationLabels, employmentTypeLabels, workModeLabels } from '../../schema/labels';
import type { Vacancy } from '../../schema/publishedVacancy';

/** The words a searcher might use for a vacancy that its own text may lack. */
export interface RecordWords {
  /** Its unit group's KBJI titles (Indonesian and English), title aliases, and the synonym table's words for the unit and every group above it. */
  occupation: (unit: string) => string;
  /** The KBJI titles of the groups above its unit (but the major group's), and the labels of its kind of work, education and place abroad. */
  other: (v: Vacancy) => string;
}

/** No extra words: a record of the vacancy's own text only. */
export const NO_RECORD_WORDS: RecordWords = { occupation: () => '', other: () => '' };

/** Words for vacancies open to people with disabilities, and for work abroad. */
const DISABILITY_WORDS = ['disabilitas', 'ramah disabilitas', 'difabel', 'penyandang disabilitas', 'inklusif'];
const OVERSEAS_WORDS = ['luar negeri', 'overseas', 'pmi', 'tki', 'pekerja migran'];

/**
 * Words that name no trade or kind of work, left out of the added words: of KBJI group titles (`Pekerja … dan YBDI`,
 * `… and related workers`) and of the contract labels (`perjanjian kerja waktu tertentu`), which would make `pekerjaan`
 * (stemmed to `kerja`) match every vacancy.
 */
const STOPWORDS = new Set(['pekerja', 'kerja', 'tenaga', 'dan', 'ybdi', 'lainnya', 'yang', 'and', 'related', 'workers', 'other', 'except', 'kecuali',
  'professionals', 'profesional', 'asisten', 'associate', 'perjanjian', 'tertentu', 'tidak', 'karyawan']);
const withoutStopwords = (words: string) => words.split(' ').filter((w) => !STOPWORDS.has(w)).join(' ');

/** The words of a record's occupation words that name its trade (src/lib/search/tradeWords.ts): all but the stopwords. */
export const tradeWordsOf = (occupationWords: string): string[] => withoutStopwords(occupationWords).split(' ').filter(Boolean);

/** The words of some phrases, lowercase, each once, in first-seen order; one-letter tokens (`d i`, `s 1`) dropped. */
export function uniqueWords(phrases: readonly string[]): string {
  const words = phrases.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1);
  return [...new Set(words)].join(' ');
}

/**
 * Reads `data/reference/search-synonyms.csv`: a KBJI code at any level, and the words (`;`-separated) searchers use
 * for every occupation in that group. A code that is not in KBJI 2014 stops the build.
 */
export function loadSynonyms(dataDir: string, occupations: OccupationReference): Map<string, string[]> {
  const file = path.join(dataDir, 'reference', 'search-synonyms.csv');
  const synonyms = new Map<string, string[]>();
  for (const row of readCsvFile<{ code?: string; words?: string }>(file, { strict: true })) {
    const code = (row.code ?? '').trim();
    if (!occupations.byCode.has(code)) throw new Error(`${file}: ${code} is not a KBJI 2014 code`);
    synonyms.set(code, [...(synonyms.get(code) ?? []), ...(row.words ?? '').split(';').map((w) => w.trim()).filter(Boolean)]);
  }
  return synonyms;
}

/** The extra words of every record, from the KBJI reference, its aliases and the synonym table; each unit's words worked out once. */
export function recordWords(occupations: OccupationReference, synonyms: ReadonlyMap<string, readonly string[]>): RecordWords {
  const aliases = new Map<string, string[]>();
  for (const a of occupations.aliases) aliases.set(a.code, [...(aliases.get(a.code) ?? []), a.alias]);
  const ofUnit = new Map<string, { occupation: string; parents: string }>();
  const unitWords = (unit: string) => {
    if (!ofUnit.has(unit)) {
      const chain = occupationPath(occupations, unit);
      const own = chain.at(-1);
      const occupation = uniqueWords([own?.titleId ?? '', own?.titleEn ?? '', ...(aliases.get(unit) ?? []), ...chain.flatMap((o) => synonyms.get(o.code) ?? [])]);
      const parents = chain.filter((o) => o.level === 'minor' || o.level === 'sub_major').flatMap((o) => [o.titleId, o.titleEn]);
      ofUnit.set(unit, { occupation, parents: uniqueWords(parents) });
    }
    return ofUnit.get(unit)!;
  };
  return {
    occupation: (unit) => unitWords(unit).occupation,
    other: (v) => withoutStopwords(uniqueWords([
      unitWords(v.occupation_unit).parents,
      ...employmentTypeLabels[v.employment_type],
      ...(v.education_min ? educationLabels[v.education_min] : []),
      ...(v.work_mode && v.work_mode !== 'onsite' ? workModeLabels[v.work_mode] : []),
      ...(v.disability_friendly ? DISABILITY_WORDS : []),
      ...(v.region_scope === 'overseas' ? OVERSEAS_WORDS : []),
    ])),
  };
}

/** The record words of a build: the occupation reference already loaded, and the synonym table beside it in `<dataDir>/reference`. */
export function loadRecordWords(dataDir: string, occupations: OccupationReference): RecordWords {
  return recordWords(occupations, loadSynonyms(dataDir, occupations));
}
