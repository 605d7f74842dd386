import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findImportCycles } from '../../tools/checks/importCycles';
import { tempDir } from '../tempDir';

/** The project's own code: product, command-line entry points, tooling, tests and root config (`.astro` files are beyond dpdm; no TypeScript module imports one). */
const PROJECT_CODE = ['src/**/*.{ts,mjs}', 'scripts/**/*.ts', 'tools/**/*.ts', 'tests/**/*.ts', '*.{ts,mjs}'];

describe('import cycles', () => {
  it('finds none in the project code', async () => {
    expect(await findImportCycles(path.resolve('.'), PROJECT_CODE)).toEqual([]);
  });

  it('reports a cycle that only a type import closes', async () => {
    const dir = tempDir('cycle');
    fs.writeFileSync(path.join(dir, 'office.ts'), "import type { Vacancy } from './vacancy';\nexport interface Office { latest: Vacancy }\n");
    fs.writeFileSync(path.join(dir, 'vacancy.ts'), "import { type Office } from './office';\nexport interface Vacancy { office: Office }\n");
    fs.writeFileSync(path.join(dir, 'slug.ts'), "import type { Office } from './office';\nexport const slug = (o: Office) => String(o);\n");
    expect(await findImportCycles(dir, ['*.ts'])).toEqual([['office.ts', 'vacancy.ts']]);
  });

  it('does not scan .astro components, and no TypeScript module imports one', () => {
    const importsAstro = fs.globSync(['src/**/*.{ts,mjs}', 'scripts/**/*.ts', 'tools/**/*.ts'])
      .filter((file) => /from\s+['"][^'"]+\.astro['"]/.test(fs.readFileSync(file, 'utf8')));
    expect(importsAstro).toEqual([]);
  });
});
