// Words that name a trade: a search word that is one finds that trade's vacancies (by occupation code), not every
// vacancy with a word sharing its stem (`perawat`, nurse, and `perawatan`, maintenance, are one stem to Pagefind).

/** A word of the search records' occupation words (KBJI titles, aliases, synonyms) → the KBJI unit groups whose records have it. */
export type TradeWords = Readonly<Record<string, readonly string[]>>;

/** What the build hands the search page: the records' words with how many vacancies have each (spelling), and the trade words. */
export interface SearchVocabulary { words: Record<string, number>; trades: Record<string, string[]> }

/**
 * The unit groups a search's words restrict it to: those of any trade word in it (every word must still match, as
 * Pagefind asks all of them: `resepsionis hotel` finds receptionists who mention hotels, not hotel managers who do
 * not receive guests), narrowed to the unit group chosen in the filters, if any. Undefined when no word names a trade
 * (a place, a kind of work, a part of a word): the words alone decide.
 */
export function tradeUnits(term: string, trades: TradeWords, chosen?: string): string[] | undefined {
  const words = term.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => Object.hasOwn(trades, w));
  if (!words.length) return undefined;
  const units = [...new Set(words.flatMap((w) => trades[w]!))].sort();
  return chosen === undefined ? units : units.filter((u) => u === chosen);
}
