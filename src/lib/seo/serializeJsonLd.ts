/** Characters that could end the surrounding `<script>` element or confuse an HTML parser, as JSON escapes. */
const unsafe: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON for a `<script type="application/ld+json">` element: `<` (and `>`, `&`) become `\u003c`…, so no value can close the script tag; `JSON.parse` gives the same data back. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => unsafe[c]);
}
