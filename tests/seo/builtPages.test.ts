import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkJobPosting } from '../../src/lib/seo/checkJobPosting';

/** The bodies of every JSON-LD script on a built vacancy page but the BreadcrumbList (every page with breadcrumbs has one). */
function jsonLdOn(outDir: string, slug: string): string[] {
  const html = fs.readFileSync(path.join(outDir, 'lowongan', slug, 'index.html'), 'utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1])
    .filter((json) => JSON.parse(json)['@type'] !== 'BreadcrumbList');
}

describe('JobPosting JSON-LD on the built fixture site', () => {
  const { outDir } = inject('fixtureSite');

  it.each(['disnaker-uji-u-1', 'disnaker-uji-u-2', 'disnaker-uji-u-7'])('gives open vacancy %s one JobPosting that passes Google\'s rules', (slug) => {
    const scripts = jsonLdOn(outDir, slug);
    expect(scripts).toHaveLength(1);
    expect(checkJobPosting(JSON.parse(scripts[0])).errors).toEqual([]);
  });

  it('keeps a <script> in the data from closing the JSON-LD script tag', () => {
    const [json] = jsonLdOn(outDir, 'disnaker-uji-u-2');
    // Only an end tag or `<!` could end or comment out the script element; the description's own <p> stays as it is.
    expect(json).not.toMatch(/<[/!]/);
    expect(json).toContain('<p>');
    expect(JSON.parse(json).description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each(['disnaker-uji-u-3', 'disnaker-uji-u-4'])('gives closed vacancy %s no JSON-LD', (slug) => {
    expect(jsonLdOn(outDir, slug)).toEqual([]);
  });
});
