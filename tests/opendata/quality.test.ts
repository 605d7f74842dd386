import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest';
import { officeQuality, optionalFields, qualityRow } from '../../src/lib/opendata/quality';
import { vacancyFields } from '../../src/lib/schema/vacancy';
import { writeFixtureOpenData } from './openDataFixture';

const ingestFixture = (name: string, asOf: string) => ingest({ dataDir: path.resolve(`tests/fixtures/${name}`), asOf, referenceDataDir: path.resolve('data') });

describe('the data-quality report per publishing office', () => {
  it('counts per office what its rows became, the rules that rejected them, and the shares with pay and a guessed occupation', () => {
    const offices = officeQuality(ingestFixture('ingest-report', '2026-11-28'));
    expect(offices.map(({ filled, ...counts }) => ({ ...counts, filled: filled.filter((f) => (f.share ?? 0) > 0).map((f) => `${f.field} ${f.share}`) }))).toMatchInlineSnapshot(`
      [
        {
          "byRule": [
            {
              "count": 1,
              "rule": "row/required",
            },
            {
              "count": 4,
              "rule": "row/unknown-region",
            },
          ],
          "filled": [
            "region 1",
            "apply_email 1",
          ],
          "merged": 0,
          "name": "kantor-r",
          "occupationGuessedShare": 0,
          "open": 1,
          "payShare": 0,
          "published": 1,
          "received": 5,
          "rejected": 4,
          "source": "kantor-r",
          "superseded": 0,
        },
      ]
    `);
  });

  it('counts the share whose occupation was inferred from the title, per office (ingest-guessed: 4 published, all guessed)', () => {
    const [office] = officeQuality(ingestFixture('ingest-guessed', '2026-11-15'));
    expect(office).toMatchObject({ source: 'portal-kuliner', published: 4, rejected: 2, occupationGuessedShare: 1 });
    expect(office!.byRule).toEqual([{ rule: 'row/occupation-not-inferred', count: 2 }]);
  });

  it('counts the same vacancy again from another office as merged', () => {
    const offices = officeQuality(ingestFixture('ingest-duplicates', '2025-04-15'));
    expect(offices.map((o) => `${o.source}: ${o.received} = ${o.published} + ${o.merged} + ${o.superseded} + ${o.rejected}`)).toMatchInlineSnapshot(`
      [
        "disnaker-bandung: 3 = 2 + 1 + 0 + 0",
        "disnaker-jabar: 2 = 1 + 1 + 0 + 0",
      ]
    `);
  });

  it('counts the earlier versions a later snapshot of the same office replaced as superseded', () => {
    const offices = officeQuality(ingestFixture('ingest-snapshots', '2026-11-28'));
    expect(offices.map((o) => `${o.source}: ${o.received} = ${o.published} + ${o.merged} + ${o.superseded} + ${o.rejected}`)).toMatchInlineSnapshot(`
      [
        "portal: 9 = 4 + 1 + 4 + 0",
      ]
    `);
  });

  it('balances every office: rows received = published + merged + superseded + rejected', () => {
    for (const name of ['build-site', 'ingest-report', 'ingest-broken', 'ingest-mixed-offices']) {
      for (const o of officeQuality(ingestFixture(name, '2026-11-28'))) expect(o.published + o.merged + o.superseded + o.rejected, `${name} ${o.source}`).toBe(o.received);
    }
  });

  it('derives the optional fields from the zod schema: every contract field that may stay empty (not those a default fills)', () => {
    const emptyOk = (schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown } }) => {
      const parsed = schema.safeParse(undefined);
      return parsed.success && parsed.data === undefined;
    };
    const optional = Object.entries(vacancyFields.shape).filter(([, schema]) => emptyOk(schema)).map(([name]) => name);
    expect(optionalFields).toEqual(optional);
  });

  it('publishes counts, rule names and shares, never a cell of a rejected row', () => {
    const result = ingestFixture('ingest-report', '2026-11-28');
    const csv = officeQuality(result).map((o) => JSON.stringify(qualityRow(o))).join('\n');
    const rejectedCells = result.issues.filter((i) => i.severity === 'error' && i.value && i.value.length > 3).map((i) => i.value!);
    expect(rejectedCells.length).toBeGreaterThan(0);
    for (const cell of rejectedCells) expect(csv).not.toContain(cell);
  });

  it('writes kualitas-data.csv with one row per office, in the checksums and the Data Package', () => {
    const { work, manifest } = writeFixtureOpenData();
    const file = manifest.files.find((f) => f.path === 'kualitas-data.csv')!;
    expect(file.rows).toBe(manifest.quality.length);
    expect(fs.readFileSync(path.join(work.openData, 'SHA256SUMS'), 'utf8')).toContain(`${file.sha256}  kualitas-data.csv`);
    const pkg = JSON.parse(fs.readFileSync(path.join(work.openData, 'datapackage.json'), 'utf8')) as { resources: { path: string; schema: string }[] };
    expect(pkg.resources.find((r) => r.path === 'kualitas-data.csv')?.schema).toBe('tableschema-kualitas.json');
  });
});
