import type { MappingFailure, MappingProblem } from '../issues/issue';

/** A text in Indonesian (`id`) and English (`en`). */
export interface Text {
  id: string;
  en: string;
}

const TYPE_NAMES: Record<string, Text> = {
  array: { id: 'daftar [ … ]', en: 'a list [ … ]' },
  object: { id: 'objek { … }', en: 'an object { … }' },
  string: { id: 'teks "…"', en: 'a text "…"' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true atau false', en: 'true or false' },
};

function problemText(p: MappingProblem): Text {
  const quoted = (values: string[]) => values.map((v) => JSON.stringify(v)).join(', ');
  switch (p.kind) {
    case 'unknown-keys': return { id: `kunci tidak dikenal: ${quoted(p.keys)}`, en: `unknown key: ${quoted(p.keys)}` };
    case 'not-allowed': {
      const written = p.value === undefined ? { id: '', en: '' } : { id: `${JSON.stringify(p.value)} tidak dikenal; `, en: `${JSON.stringify(p.value)} is not accepted; ` };
      return { id: `${written.id}harus salah satu dari ${quoted(p.values)}`, en: `${written.en}must be one of ${quoted(p.values)}` };
    }
    case 'no-enumeration': return {
      id: `kolom ${quoted(p.keys)} tidak punya daftar nilai; "values" hanya untuk ${quoted(p.fields)}`,
      en: `field ${quoted(p.keys)} has no list of values; "values" is only for ${quoted(p.fields)}`,
    };
    case 'wrong-type': {
      const name = TYPE_NAMES[p.expected] ?? { id: p.expected, en: p.expected };
      return { id: `harus berupa ${name.id}`, en: `must be ${name.en}` };
    }
    case 'too-small': return { id: `paling sedikit ${p.minimum}`, en: `must be at least ${p.minimum}` };
    case 'too-large': return { id: `paling banyak ${p.maximum}`, en: `must be at most ${p.maximum}` };
    case 'unknown-encoding': return { id: 'pengodean tidak dikenal; pakai mis. utf-8, windows-1252, utf-16le', en: 'unknown encoding; use e.g. utf-8, windows-1252, utf-16le' };
    case 'invalid': return { id: 'nilai tidak sah', en: 'invalid value' };
  }
}

/** Why a mapping file is unusable, as one sentence per language naming each key to fix. */
export function mappingFailureText(failure: MappingFailure): Text {
  if (failure.kind === 'not-json') {
    return { id: `Berkas pemetaan tidak dapat dibaca sebagai JSON (${failure.error}).`, en: `The mapping file cannot be read as JSON (${failure.error}).` };
  }
  const texts = failure.problems.map((p) => ({ path: p.path || '(root)', ...problemText(p) }));
  return {
    id: `Berkas pemetaan tidak sah: ${texts.map((t) => `${t.path}: ${t.id}`).join('; ')}.`,
    en: `The mapping file is invalid: ${texts.map((t) => `${t.path}: ${t.en}`).join('; ')}.`,
  };
}
