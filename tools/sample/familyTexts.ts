import pools from './familyTexts.json' with { type: 'json' };

/** Sentence pools for one job family: what the work is, what it asks, what it gives. */
export interface FamilyTexts {
  /** Sentences about the role; `{title}` is replaced by the job title. */
  role: readonly string[];
  /** Task bullets (without the leading `- `). */
  tasks: readonly string[];
  /** Requirement bullets. */
  requirements: readonly string[];
  /** Benefit bullets particular to the family. */
  benefits: readonly string[];
  /** A sentence about working hours. */
  schedule: readonly string[];
}

/** Indonesian sentence pools per job family, written like real Disnaker postings (prose, so kept as data in familyTexts.json). */
export const familyTexts = pools satisfies Record<string, FamilyTexts>;

/** Job families: templates of the same family share their sentence pools. */
export type JobFamily = keyof typeof familyTexts;
