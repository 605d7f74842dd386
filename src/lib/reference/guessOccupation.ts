import { labelKey } from '../parse/parseScalars';
import type { OccupationReference } from './occupations';
import type { Column, Family, Role, TitleTables } from './occupationRoleWords';

/*
 * Guessing a unit group from a job title, in two tiers.
 *
 * The title is first cut into segments at " - " (a dash or bar with a space beside it) and brackets, brackets last:
 * "Branch Manager - Lampung (Kalianda)" → "branch manager", "lampung", "kalianda". The head role word is looked for in the
 * first segment that has one: the last role word before "of/for/to/at…" ("Head of Sales" → head, "Product Manager
 * Intern" → manager: trainee words never head), unless a higher-ranking role word opens the segment, as Indonesian puts
 * the head first ("Supervisor Admin", "Kepala Admin"). Place names, grades ("Senior", "D3"), codes such as
 * "(CODE : PROD DA)" and employer names are in none of the word lists, so they never count.
 *
 * Tier 1, specific: the aliases of data/reference/occupation-aliases.csv ("perawat", "sales manager"). An alias that
 * covers the head word wins ("Quality Control Data Analyst" → "data analyst"), then one in the head's segment, then any;
 * among those the longest, ties → first in the file. Aliases are also looked for in the whole title as written.
 *
 * Tier 2, fallback: the head's role family ("manager", "staf", "engineer", "kepala") and the field the title names
 * ("finance", "gudang", "backend") pick a cell of the field table (data/reference/occupation-fields.csv), or the role word's own unit
 * group when no field is named. Used when no alias matches, and instead of a matching alias only when the head outranks
 * it (see outranks): "Accounting Manager" is a finance manager (1211), not the accounting associate of the alias
 * "accounting". The field is then the one the alias names.
 *
 * Role and field words of six letters or more also match when a letter is dropped, doubled or swapped ("Finace",
 * "Asisstant"). Everything is indexed once per reference, on its first title, so later calls compile nothing.
 */

/** Words after which a role word no longer heads the title: "Head of Sales", "Assistant to Manager", "Analyst for X". */
const CONNECTORS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'by', 'with', 'untuk', 'di', 'dengan', 'cum']);
/** A bracketed part (or an unclosed one at the end): a qualifier read as its own segment, after the main text. */
const BRACKETED = /[([{<][^)\]}>]*(?:[)\]}>]|$)/g;
/** A dash or bar with space on at least one side separates segments ("Sales - Bandung"); "E-commerce" does not. */
const SEGMENT_BREAK = /\s+[-–—|]+\s*|\s*[-–—|]+\s+/;
const FUZZY_MIN_LENGTH = 6;
/** Seniority of role families, to tell a head-initial title ("Supervisor Admin") from a head-final one ("Admin Supervisor"). */
const RANK: Record<Family, number> = { M: 6, S: 5, E: 4, A: 4, T: 4, R: 3, O: 3, K: 2, X: 2, C: 1, I: 0, N: 0 };
/** Role words that open English titles as modifiers, not heads: "Lead Engineer", "Chief Accountant", "Executive Assistant". */
const MODIFIER_ROLES = new Set(['lead', 'leader', 'chief', 'executive', 'associate', 'pic', 'captain']);

interface AliasEntry { code: string; length: number; order: number; families: ReadonlySet<Family> }
interface Phrase<T> { words: readonly string[]; value: T }
/** Phrases by their first word, longest first (ties keep table order). */
type PhraseIndex<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

/** Everything guessOccupationFromTitle needs, built once per reference (matcherFor). */
interface TitleMatcher {
  aliases: PhraseIndex<AliasEntry>;
  /** The field rows of data/reference/occupation-fields.csv; a title's field is an index into this list. */
  fieldRows: TitleTables['fields'];
  roles: PhraseIndex<Role>;
  fields: PhraseIndex<number>;
  /** Words of the role and field lists, and each such word with one letter dropped (null when two words give it). */
  lexicon: ReadonlySet<string>;
  nearMisses: ReadonlyMap<string, string | null>;
  /** Content words of the KBJI unit-group titles (Indonesian and English) → the unit groups whose title has them. */
  titleWords: ReadonlyMap<string, readonly string[]>;
  /** titleWordCodes's answers so far, by title word. */
  wordCodes: Map<string, Set<string>>;
}

/** Words of KBJI titles that say nothing about the work. */
const TITLE_STOPWORDS = new Set(['and', 'other', 'others', 'not', 'elsewhere', 'classified', 'related', 'workers', 'excluding', 'dan', 'yang', 'lainnya', 'tidak', 'termasuk', 'pekerja', 'tenaga', 'usaha', 'bidang']);

/** The content words of every unit group's titles, for weighing a weak guess and naming candidates. */
function indexTitleWords(all: OccupationReference['all']): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const o of all) {
    if (o.level !== 'unit') continue;
    for (const word of new Set(labelKey(`${o.titleEn} ${o.titleId}`).split(' '))) {
      if (word.length < 4 || TITLE_STOPWORDS.has(word)) continue;
      const codes = index.get(word) ?? [];
      codes.push(o.code);
      index.set(word, codes);
    }
  }
  return index;
}

/** The unit groups whose KBJI title has a word like this title word: the same word, or one sharing all but its last letter or two ("cookery" ~ "cooks", "engineering" ~ "engineers"). */
function titleWordCodes(m: TitleMatcher, word: string): Set<string> {
  let codes = m.wordCodes.get(word);
  if (codes) return codes;
  m.wordCodes.set(word, (codes = new Set<string>()));
  if (word.length < 4) return codes;
  for (const [listed, unitCodes] of m.titleWords) {
    let common = 0;
    while (common < word.length && common < listed.length && word[common] === listed[common]) common++;
    if (common >= 4 && common >= Math.min(word.length, listed.length) - 1) for (const c of unitCodes) codes.add(c);
  }
  return codes;
}

function indexPhrases<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const index = new Map<string, Phrase<T>[]>();
  for (const [text, value] of entries) {
    const words = text.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ words, value });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The longest phrase of the index that starts at tokens[at], if any. */
function phraseAt<T>(index: PhraseIndex<T>, tokens: readonly string[], at: number): Phrase<T> | undefined {
  return index.get(tokens[at]!)?.find((p) => p.words.every((w, k) => tokens[at + k] === w));
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function buildTitleMatcher({ aliases, all, titleTables: { roles: ROLES, fields: FIELDS } }: OccupationReference): TitleMatcher {
  const roles = indexPhrases(ROLES);
  const aliasEntries = aliases
    .filter((a) => a.alias)
    .map((a, order): [string, AliasEntry] => {
      const words = a.alias.split(' ');
      const families = new Set<Family>();
      for (let i = 0; i < words.length; i++) {
        const role = phraseAt(roles, words, i);
        if (role) families.add(role.value.family);
      }
      return [a.alias, { code: a.code, length: a.alias.length, order, families }];
    });
  const lexicon = new Set([...ROLES.map(([w]) => w), ...FIELDS.flatMap((f) => f.words)].flatMap((p) => p.split(' ')));
  const nearMisses = new Map<string, string | null>();
  for (const word of lexicon) {
    if (word.length < FUZZY_MIN_LENGTH || /\d/.test(word)) continue;
    for (const variant of deletions(word)) {
      const seen = nearMisses.get(variant);
      nearMisses.set(variant, seen === undefined || seen === word ? word : null);
    }
  }
  return {
    aliases: indexPhrases(aliasEntries),
    fieldRows: FIELDS,
    roles,
    fields: indexPhrases(FIELDS.flatMap((f, i) => f.words.map((w): [string, number] => [w, i]))),
    lexicon,
    nearMisses,
    titleWords: indexTitleWords(all),
    wordCodes: new Map(),
  };
}

/**
 * A title word as the word lists spell it: itself, or the one list word it becomes by restoring a dropped letter
 * ("finace", "develoment"), dropping an extra one ("managerr") or swapping two neighbours ("asisstant"). Changed
 * letters are not tried: "transaction" must not become "translation".
 */
function spellAsListed(m: TitleMatcher, token: string): string {
  if (token.length < FUZZY_MIN_LENGTH || m.lexicon.has(token) || /\d/.test(token)) return token;
  const found = new Set<string>();
  const missing = m.nearMisses.get(token);
  if (missing) found.add(missing);
  for (const d of deletions(token)) if (m.lexicon.has(d)) found.add(d);
  for (let i = 0; i + 1 < token.length; i++) {
    const swapped = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
    if (m.lexicon.has(swapped)) found.add(swapped);
  }
  return found.size === 1 ? [...found][0]! : token;
}

interface Segment {
  /** Words as written (for aliases) and as the role and field lists spell them (for the fallback), one for one. */
  raw: string[];
  spelled: string[];
  bracket: boolean;
  /** Per word: whether a multi-word role phrase covers it, and the field phrase covering it, if any. */
  inRole: boolean[];
  field: (number | undefined)[];
}
interface RoleHit extends Role { segment: number; start: number }
interface AliasHit { entry: AliasEntry; segment: number; start: number; end: number }

/** The title cut at " - " and brackets, brackets last; each segment's role words and field words marked; the head role. */
function analyse(m: TitleMatcher, title: string): { segments: Segment[]; head?: RoleHit; trainee: boolean } {
  const brackets: string[] = [];
  const main = title.replace(BRACKETED, (part) => {
    brackets.push(part);
    return ' ';
  });
  const segments: Segment[] = [];
  for (const [text, bracket] of [...main.split(SEGMENT_BREAK).map((t) => [t, false] as const), ...brackets.map((b) => [b, true] as const)]) {
    const normalised = labelKey(text);
    if (!normalised) continue;
    const raw = normalised.split(' ');
    segments.push({ raw, spelled: raw.map((t) => spellAsListed(m, t)), bracket, inRole: raw.map(() => false), field: raw.map(() => undefined) });
  }
  let head: RoleHit | undefined;
  let trainee = false;
  segments.forEach((s, i) => {
    const roles: RoleHit[] = [];
    for (let k = 0; k < s.spelled.length; ) {
      const p = phraseAt(m.roles, s.spelled, k);
      if (!p) {
        k++;
        continue;
      }
      if (p.value.family === 'I') trainee = true;
      else if (p.value.family !== 'N') roles.push({ ...p.value, segment: i, start: k });
      if (p.words.length > 1 || p.value.family === 'N') s.inRole.fill(true, k, k + p.words.length);
      k += p.words.length;
    }
    for (let k = 0; k < s.spelled.length; ) {
      const p = s.inRole[k] ? undefined : phraseAt(m.fields, s.spelled, k);
      if (p) s.field.fill(p.value, k, k + p.words.length);
      k += p ? p.words.length : 1;
    }
    if (head || !roles.length) return;
    const cut = s.spelled.findIndex((t, k) => k > roles[0]!.start && CONNECTORS.has(t));
    const last = (cut < 0 ? roles : roles.filter((h) => h.start < cut)).at(-1) ?? roles.at(-1)!;
    const first = roles[0]!;
    // Indonesian puts the head first: "Supervisor Admin", "Kepala Admin Gudang"; English modifiers do not count ("Lead Engineer").
    const headInitial = first.start === 0 && !MODIFIER_ROLES.has(s.spelled[0]!) && RANK[first.family] > RANK[last.family];
    head = headInitial ? first : last;
  });
  return { segments, head, trainee: trainee && !head };
}

/**
 * Tier 1: the alias that covers the head role word, else one in the head's segment, else any; among those the longest
 * found as whole words in a segment or in the whole title as written ("Quality Assurance (QA) Engineer" → "qa engineer");
 * ties → first in the file. A hit in the whole title has segment -1. A head in brackets gives no preference.
 */
function bestAlias(m: TitleMatcher, whole: readonly string[], segments: readonly Segment[], head: RoleHit | undefined): AliasHit | undefined {
  let best: AliasHit | undefined;
  let bestKey = -Infinity;
  const headCounts = head !== undefined && !segments[head.segment]!.bracket;
  [...segments.map((s) => s.raw), whole].forEach((raw, i) => {
    const segment = i < segments.length ? i : -1;
    for (let start = 0; start < raw.length; start++) {
      for (const p of m.aliases.get(raw[start]!) ?? []) {
        if (!p.words.every((w, k) => raw[start + k] === w)) continue;
        const end = start + p.words.length;
        const coversHead = headCounts && head.segment === segment && head.start >= start && head.start < end;
        const inHeadSegment = headCounts && head.segment === segment;
        const key = (coversHead ? 2e9 : inHeadSegment ? 1e9 : 0) + p.value.length * 1e5 - p.value.order;
        if (key > bestKey) [bestKey, best] = [key, { entry: p.value, segment, start, end }];
      }
    }
  });
  return best;
}

/** The unit group of a field for a role family, deriving missing cells as the field table says; null → use the role's own. */
function cell(fields: TitleTables['fields'], field: number, family: Family | undefined): string | null {
  const codes = fields[field]!.codes;
  const o = codes.O!;
  switch (family) {
    case undefined: return codes.D ?? o;
    case 'I': case 'O': return o;
    case 'S': return codes.S ?? (o[0] === '4' ? '3341' : o);
    case 'A': return codes.A ?? o;
    case 'E': return codes.E ?? codes.A ?? (o[0] === '2' ? o : null);
    case 'C': return codes.C ?? (o[0] === '4' ? o : null);
    case 'K': return codes.K ?? (o[0] === '3' ? o : null);
    default: return codes[family as Column] ?? null;
  }
}

/** The field the title names: the first of the field table in the head's segment, then in the others; weak rows last. */
function titleField(fields: TitleTables['fields'], segments: readonly Segment[], head: RoleHit | undefined): number | undefined {
  let best: number | undefined;
  let bestRank = Infinity;
  segments.forEach((s, i) => {
    const order = i === head?.segment ? 0 : i + 1;
    for (const f of s.field) {
      if (f === undefined) continue;
      const rank = (fields[f]!.weak ? 1e6 : 0) + order * 1e3 + f;
      if (rank < bestRank) [bestRank, best] = [rank, f];
    }
  });
  return best;
}

/** Tier 2's answer: the field's cell for the head's family, else the role word's own group. */
function fallbackCode(m: TitleMatcher, field: number | undefined, head: RoleHit | undefined, trainee: boolean): { code: string | null; fromField: boolean } {
  const fromField = field === undefined ? null : cell(m.fieldRows, field, head?.family ?? (trainee ? 'I' : undefined));
  return { code: fromField ?? head?.fallback ?? null, fromField: fromField !== null };
}

/**
 * Whether the head role outranks an alias that names a field but not that role: a manager over any non-manager alias
 * ("Accounting Manager"), an engineer or analyst over a lower major group ("Security Engineer"), a clerk over a group
 * above clerks when the alias is a field word ("Sales Admin", not "Drafter cum Admin"), a supervisor over a clerical,
 * service, craft or operator group ("Customer Service Supervisor", "Supervisor Maintenance").
 */
function outranks(head: RoleHit, alias: AliasEntry, guess: { code: string | null; fromField: boolean }, aliasIsField: boolean): boolean {
  if (!guess.code || alias.families.has(head.family)) return false;
  const major = alias.code[0]!;
  switch (head.family) {
    case 'M': return major !== '1';
    case 'E': case 'A': return guess.fromField && major >= '3' && guess.code[0]! < major;
    case 'C': return aliasIsField && major <= '3';
    case 'S': return guess.fromField && major >= '4';
    default: return false;
  }
}

const matchers = new WeakMap<OccupationReference, TitleMatcher>();

function matcherFor(ref: OccupationReference): TitleMatcher {
  let m = matchers.get(ref);
  if (!m) {
    m = buildTitleMatcher(ref);
    matchers.set(ref, m);
  }
  return m;
}

/** What the title says about its occupation: the unit group, whether the evidence is too weak to publish it, and then the best candidates. */
export interface OccupationGuess {
  code: string | null;
  weak: boolean;
  /** For a weak guess: up to three unit groups the title's words point at, best first. */
  candidates: string[];
}

/**
 * A field-only guess is weak when another word of the title names work of a different major group in the KBJI titles
 * ("Commercial Cookery": "commercial" is sales, 3322, but "cookery" is cooks, 5120; "Engineering hotel": hotel says
 * receptionist, 4224, engineering says engineers, 2xxx). The candidates: the unit groups matching most title words, then
 * the field's own guess.
 */
function weighFieldGuess(m: TitleMatcher, segments: readonly Segment[], field: number | undefined, code: string): OccupationGuess {
  const votes = new Map<string, number>();
  let conflict = false;
  for (const s of segments) {
    s.raw.forEach((word, k) => {
      const codes = titleWordCodes(m, word);
      for (const c of codes) votes.set(c, (votes.get(c) ?? 0) + 1);
      // The guess's own field words do not argue against it.
      if (s.field[k] !== field && codes.size && ![...codes].some((c) => c[0] === code[0])) conflict = true;
    });
  }
  if (!conflict) return { code, weak: false, candidates: [] };
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  return { code, weak: true, candidates: [...new Set([...ranked.slice(0, 2), code, ...ranked])].slice(0, 3) };
}

/**
 * Best unit group for a free-text job title, graded. Tier 1: an alias of occupation-aliases.csv found as whole words
 * (the one covering the head role word, else the longest; ties → first in file). Tier 2, when no alias matches or the
 * head role outranks it ("Accounting Manager"): role word × field from the field table. A tier-2 answer from a field word
 * alone, with no role word, is weak when the title's other words name other work (weighFieldGuess).
 */
export function guessOccupation(ref: OccupationReference, title: string): OccupationGuess {
  const m = matcherFor(ref);
  const whole = labelKey(title);
  if (!whole) return { code: null, weak: false, candidates: [] };
  const { segments, head, trainee } = analyse(m, title);
  const alias = bestAlias(m, whole.split(' '), segments, head);
  if (!alias) {
    const field = titleField(m.fieldRows, segments, head);
    const { code } = fallbackCode(m, field, head, trainee);
    return code !== null && !head && !trainee ? weighFieldGuess(m, segments, field, code) : { code, weak: false, candidates: [] };
  }
  if (!head || segments[head.segment]!.bracket) return { code: alias.entry.code, weak: false, candidates: [] };
  // An outranking role belongs to the field the alias names when the alias is a field word ("accounting" → finance).
  const named = segments[alias.segment]?.field.slice(alias.start, alias.end).find((f) => f !== undefined);
  const guess = fallbackCode(m, named ?? titleField(m.fieldRows, segments, head), head, false);
  return { code: outranks(head, alias.entry, guess, named !== undefined) ? guess.code! : alias.entry.code, weak: false, candidates: [] };
}

/** The unit group a title names with enough evidence to publish it, or null (none, or only a weak guess: see guessOccupation). */
export function guessOccupationFromTitle(ref: OccupationReference, title: string): string | null {
  const guess = guessOccupation(ref, title);
  return guess.weak ? null : guess.code;
}
