import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tempDir';

const WORKFLOWS = path.resolve('.github/workflows');
const validator = (file: string) => spawnSync(process.execPath, [path.resolve('node_modules/@action-validator/cli/cli.mjs'), file], { encoding: 'utf8' });

describe('the GitHub Actions workflows', () => {
  const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(WORKFLOWS, f));

  it('pass action-validator, the workflow schema linter', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const run = validator(file);
      expect(run.status, `${file}\n${run.stdout}${run.stderr}`).toBe(0);
    }
  });

  it('would catch a step the schema does not allow', () => {
    const bad = path.join(tempDir('workflow'), 'bad.yml');
    fs.writeFileSync(bad, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        runs: npm test\n');
    expect(validator(bad).status).toBe(1);
  });

  it('publishes on a data push and every day, and builds with the gates before deploying to GitHub Pages', () => {
    const publish = fs.readFileSync(path.join(WORKFLOWS, 'publish.yml'), 'utf8');
    expect(publish).toContain("paths: ['data/**']");
    expect(publish).toMatch(/schedule:\n\s+#.*\n\s+- cron: '30 23 \* \* \*'/);
    expect(publish.indexOf('npm run build')).toBeLessThan(publish.indexOf('actions/deploy-pages'));
  });
});
