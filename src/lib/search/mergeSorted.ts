/** A list already in order whose items' keys are loaded one at a time (Pagefind results: the key is in the fragment). */
export interface SortedList<T> {
  items: readonly T[];
  key: (item: T) => Promise<string>;
}

/**
 * Items `from`…`from + count - 1` of several sorted lists merged into one order, loading keys lazily: at most
 * `from + count + lists` keys. Pagefind's `mergeIndex` re-sorts merged shards by relevance score, losing a sort order.
 */
export async function mergeSorted<T>(lists: readonly SortedList<T>[], direction: 'asc' | 'desc', from: number, count: number): Promise<T[]> {
  const cursor = lists.map(() => 0);
  const heads = await Promise.all(lists.map((l) => (l.items.length ? l.key(l.items[0]!) : undefined)));
  const out: T[] = [];
  for (let taken = 0; taken < from + count; taken++) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const head = heads[i];
      if (head === undefined) continue;
      if (best < 0 || (direction === 'asc' ? head < heads[best]! : head > heads[best]!)) best = i;
    }
    if (best < 0) break;
    const list = lists[best]!;
    if (taken >= from) out.push(list.items[cursor[best]!]!);
    cursor[best]! += 1;
    const next = list.items[cursor[best]!];
    heads[best] = next === undefined ? undefined : await list.key(next);
  }
  return out;
}
