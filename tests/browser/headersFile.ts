import fs from 'node:fs';

/** One rule of a `_headers` file: a path pattern (`/*`, `/_astro/*`) and the headers it adds. */
interface HeaderRule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/** Reads a `_headers` file (Cloudflare Pages and Netlify format: an unindented path pattern, then indented `Name: value` lines; `#` comments). */
export function readHeadersFile(file: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)!.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers every matching rule adds to a path, as the host applies them. */
export const headersFor = (rules: readonly HeaderRule[], pathname: string): Record<string, string> =>
  Object.assign({}, ...rules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers));
