import path from 'node:path';
import { labelKey } from '../parse/parseScalars';
import { slugify } from '../slugify';
import { checkFallback, readTitleTables, type TitleTables } from './occupationRoleWords';
import { readCsvFile } from '../readCsvFile';

/** Depth of a KBJI 2014 group: 1, 2, 3 or 4 digits. */
export type OccupationLevel = 'major' | 'sub_major' | 'minor' | 'unit';

/** One KBJI 2014 group (golongan pokok, sub golongan pokok, golongan, subgolongan / unit group). */
export interface Occupation {
  code: string;
  level: OccupationLevel;
  parentCode: string | null;
  titleId: string;
  titleEn: string;
  /** `${code}-${slugify(titleId)}`, e.g. "2221-profesional-perawat", used in `/jabatan/…/` URLs. */
  slug: string;
}

/** The occupation classification and its job-title aliases, as loaded from data/reference. */
export interface OccupationReference {
  byCode: ReadonlyMap<string, Occupation>;
  all: readonly Occupation[];
  aliases: readonly { alias: string; code: string }[];
  /** The role-word and field tables the title guess reads (data/reference/occupation-role-words.csv, occupation-fields.csv). */
  titleTables: TitleTables;
}

/** Outcome of checking a reported occupation code: its normalised form and unit group, or why it was refused. */
export type ResolvedOccupation =
  | { ok: true; code: string; unitCode: string }
  | { ok: false; reason: 'format' | 'unknown' | 'not-unit' };

const LEVEL_BY_LENGTH: Record<number, OccupationLevel> = { 1: 'major', 2: 'sub_major', 3: 'minor', 4: 'unit' };
const cache = new Map<string, OccupationReference>();

function readCsv(file: string): Record<string, string>[] {
  return readCsvFile(file, { strict: true });
}

function toOccupation(row: Record<string, string>): Occupation {
  const code = (row.code ?? '').trim();
  const titleId = (row.title_id ?? '').trim();
  return {
    code,
    level: row.level as OccupationLevel,
    parentCode: row.parent_code?.trim() || null,
    titleId,
    titleEn: (row.title_en ?? '').trim(),
    slug: `${code}-${slugify(titleId)}`,
  };
}

/** Every inconsistency of the loaded reference, so a broken data file fails loudly with all its offenders at once. */
function checkReference(all: readonly Occupation[], byCode: ReadonlyMap<string, Occupation>, aliases: OccupationReference['aliases'], titleTables: TitleTables): string[] {
  const problems: string[] = [];
  if (byCode.size !== all.length) problems.push('duplicate codes');
  for (const o of all) {
    if (!/^\d{1,4}$/.test(o.code) || LEVEL_BY_LENGTH[o.code.length] !== o.level) problems.push(`${o.code}: level ${o.level} does not fit the code`);
    const expectedParent = o.code.length > 1 ? o.code.slice(0, -1) : null;
    if (o.parentCode !== expectedParent || (expectedParent && !byCode.has(expectedParent))) problems.push(`${o.code}: parent ${o.parentCode} is wrong or missing`);
    if (!o.titleId || !o.titleEn) problems.push(`${o.code}: missing title`);
  }
  for (const a of aliases) {
    if (byCode.get(a.code)?.level !== 'unit') problems.push(`alias "${a.alias}": ${a.code} is not a unit group`);
  }
  problems.push(...checkFallback(byCode, titleTables));
  return problems;
}

/** Reads the KBJI reference from data/reference (dataDir defaults to path.resolve('data')). Parses with papaparse. */
export function loadOccupations(dataDir: string = path.resolve('data')): OccupationReference {
  const key = path.resolve(dataDir);
  const cached = cache.get(key);
  if (cached) return cached;
  const all = readCsv(path.join(key, 'reference', 'kbji-2014.csv')).map(toOccupation);
  const byCode = new Map(all.map((o) => [o.code, o]));
  const aliases = readCsv(path.join(key, 'reference', 'occupation-aliases.csv')).map((r) => ({
    alias: labelKey(r.alias ?? ''),
    code: (r.code ?? '').trim(),
  }));
  const titleTables = readTitleTables(path.join(key, 'reference'));
  const problems = checkReference(all, byCode, aliases, titleTables);
  if (problems.length) throw new Error(`KBJI reference in ${key}/reference is inconsistent:\n- ${problems.join('\n- ')}`);
  const ref: OccupationReference = { byCode, all, aliases, titleTables };
  cache.set(key, ref);
  return ref;
}

/** Ancestors of a code from major down to the code itself. */
export function occupationPath(ref: OccupationReference, code: string): Occupation[] {
  const chain: Occupation[] = [];
  for (let o = ref.byCode.get(code); o; o = o.parentCode ? ref.byCode.get(o.parentCode) : undefined) chain.unshift(o);
  return chain;
}

/** Normalises a reported occupation code: '2221' or '2221.01' (6-digit KBJI position; also accept '222101') → { ok: true, code: '2221.01' | '2221', unitCode: '2221' }; unit group must exist; otherwise { ok: false, reason: 'format' | 'unknown' }. Only unit groups (4-digit) and 6-digit positions are accepted for a vacancy, not major/minor groups (reason 'not-unit'). */
export function resolveOccupationCode(ref: OccupationReference, input: string): ResolvedOccupation {
  const text = input.trim();
  const match = /^(\d{4})(?:\.?(\d{2}))?$/.exec(text);
  if (!match) {
    if (/^\d{1,3}$/.test(text)) return ref.byCode.has(text) ? { ok: false, reason: 'not-unit' } : { ok: false, reason: 'unknown' };
    return { ok: false, reason: 'format' };
  }
  const unitCode = match[1]!;
  if (ref.byCode.get(unitCode)?.level !== 'unit') return { ok: false, reason: 'unknown' };
  return { ok: true, code: match[2] ? `${unitCode}.${match[2]}` : unitCode, unitCode };
}
