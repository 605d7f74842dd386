/** A JobPosting item inside a JSON-LD document, with its path there (`''`, `[1]`, `@graph[0]`). */
export interface FoundItem {
  path: string;
  item: Record<string, unknown>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether an item's `@type` (a string or a list) is JobPosting, written bare or as a schema.org IRI. */
function isJobPosting(item: Record<string, unknown>): boolean {
  const types = Array.isArray(item['@type']) ? item['@type'] : [item['@type']];
  return types.some((t) => typeof t === 'string' && /^(?:(?:https?:\/\/schema\.org\/)|schema:)?JobPosting$/.test(t));
}

/** Every JobPosting in a JSON-LD document: a single item, a list of items, or a `@graph` (also inside a list). */
export function findJobPostings(doc: unknown, path = ''): FoundItem[] {
  if (Array.isArray(doc)) return doc.flatMap((x, i) => findJobPostings(x, `${path}[${i}]`));
  if (!isObject(doc)) return [];
  const own = isJobPosting(doc) ? [{ path, item: doc }] : [];
  const graph = doc['@graph'] === undefined ? [] : findJobPostings(doc['@graph'], path ? `${path}.@graph` : '@graph');
  return [...own, ...graph];
}
