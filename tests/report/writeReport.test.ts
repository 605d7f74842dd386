import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/lib/ingest/ingest';
import { writeReport } from '../../src/lib/report/writeReport';
import { tempDir } from '../tempDir';

describe('writeReport', () => {
  const result: IngestResult = {
    asOf: '2025-04-15',
    vacancies: [],
    sources: [{ source: 'kantor-a', name: 'Kantor A', files: ['vacancies/kantor-a.csv'], read: 1, accepted: 0, duplicates: 0, rejected: 1, rejectedVacancies: 1, open: 0, defaulted: {}, inferred: {} }],
    issues: [{ type: 'row/too-small', severity: 'error', source: 'kantor-a', file: 'vacancies/kantor-a.csv', line: 2, field: 'openings', value: '0', minimum: 1 }],
  };

  it('writes each issue for machines with its typed details and the same text people read', () => {
    const [json, text] = writeReport(result, tempDir('report'));
    expect(path.basename(json)).toBe('validation-report.json');
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.totals).toEqual({ read: 1, accepted: 0, duplicates: 0, rejected: 1, open: 0 });
    expect(report.issues).toEqual([{
      ...result.issues[0],
      message: 'openings "0" terlalu kecil: paling sedikit 1.',
      messageEn: 'openings "0" is too small: the least accepted is 1.',
    }]);
    expect(fs.readFileSync(text, 'utf8')).toContain('[DITOLAK] baris 2, kolom openings: openings "0" terlalu kecil: paling sedikit 1.');
  });
});
