/**
 * What could end the surrounding `<script>` element: in script data only `</` (an end tag) and `<!` (`<!--`, the
 * escaped state where a `<script` nests) do anything; `<` before anything else, `>` and `&` are plain text there.
 * U+2028 and U+2029 are escaped too, for any reader that takes the block for JavaScript.
 */
const unsafe = /<([/!])|[\u2028\u2029]/g;
const escaped = (all: string, next: string | undefined) => (next === '/' ? '<\\/' : next === '!' ? '\\u003c!' : all === '\u2028' ? '\\u2028' : '\\u2029');

/**
 * JSON for a `<script type="application/ld+json">` element: `</` becomes `<\/` and `<!` becomes `\u003c!`, so no value can
 * close the script tag or open a comment in it, and `JSON.parse` gives the same data back. The markup of a JobPosting's
 * HTML description (`<p>`, `<li>`) stays as it is, five bytes lighter per bracket than `\u003c`/`\u003e` on every page.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(unsafe, escaped);
}
