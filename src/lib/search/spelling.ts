// Spelling help for search words: an unknown word corrected to the index's own vocabulary, by edit distance.

/** Restricted Damerau–Levenshtein distance (a swap of two neighbours counts as one edit), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

const SUFFIXES = ['', 'an', 'kan', 'i', 'nya', 'lah'];
const PREFIXES = ['', 'ke', 'pe', 'per', 'pen', 'pem', 'peng', 'me', 'mem', 'men', 'meng', 'ber', 'di', 'ter', 'se'];

/** Whether the vocabulary knows a word, or its stem without a common Indonesian affix (`pekerjaan` → `pekerja`), as Pagefind's stemming would match it. */
export function isKnown(word: string, vocabulary: Readonly<Record<string, number>>): boolean {
  return PREFIXES.some((prefix) => word.startsWith(prefix) && SUFFIXES.some((suffix) => {
    if (!word.endsWith(suffix)) return false;
    const stem = word.slice(prefix.length, word.length - suffix.length);
    return stem.length >= 3 && Object.hasOwn(vocabulary, stem);
  }));
}

/** Edits allowed for a word of this length: none below 4 letters (too many neighbours), one up to 7, two from 8. */
const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/**
 * The words corrected to the vocabulary (word → number of vacancies with it): each word the vocabulary lacks (nor its stem) becomes
 * its nearest known word (fewest edits, then the most vacancies, then alphabetical); undefined when nothing changes.
 */
export function correctWords(q: string, vocabulary: Readonly<Record<string, number>>): string | undefined {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  let changed = false;
  const corrected = words.map((word) => {
    const limit = allowedEdits(word);
    if (limit === 0 || isKnown(word, vocabulary) || !/^\p{L}+$/u.test(word)) return word;
    let best: { word: string; edits: number; count: number } | undefined;
    for (const [known, count] of Object.entries(vocabulary)) {
      const edits = editDistance(word, known, limit);
      if (edits > limit) continue;
      if (!best || edits < best.edits || (edits === best.edits && (count > best.count || (count === best.count && known < best.word)))) best = { word: known, edits, count };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(' ') : undefined;
}
