import { describe, expect, it } from 'vitest';
import { checkPlacementAgency } from '../../../src/lib/ingest/steps/checkPlacementAgency';
import { formatReport } from '../../../src/lib/report/formatReport';
import { renderIssue } from '../../../src/lib/report/renderIssue';
import { ingestFixture } from '../ingestFixture';

const place = { source: 'kemnaker-p2tkln', file: 'vacancies/kemnaker-p2tkln.csv', line: 4 };

describe('an overseas placement without its placement agency', () => {
  it('warns about the missing agency or licence of an overseas row only, naming the field to fill in', () => {
    expect(checkPlacementAgency({ region_scope: 'regency' }, place)).toEqual([]);
    expect(checkPlacementAgency({ region_scope: 'overseas', placement_agency: 'PT Contoh', placement_agency_license: 'B.1/KA/2024' }, place)).toEqual([]);
    const [licence] = checkPlacementAgency({ region_scope: 'overseas', placement_agency: 'PT Contoh' }, place);
    expect(licence).toMatchObject({ severity: 'warning', line: 4, field: 'placement_agency_license', missing: ['placement_agency_license'] });
    expect(renderIssue(licence).message).toMatchInlineSnapshot(`"Penempatan luar negeri tanpa nomor izin perusahaan penempatan (SIP3MI). Lowongan tetap diterbitkan, tetapi pencari kerja tidak dapat memeriksa izinnya. Isi kolom placement_agency_license dengan nomor izin dari perjanjian penempatan."`);
    const [agency] = checkPlacementAgency({ region_scope: 'overseas', placement_agency_license: 'B.1/KA/2024' }, place);
    expect(renderIssue(agency).message).toMatchInlineSnapshot(`"Penempatan luar negeri tanpa nama perusahaan penempatan (P3MI), padahal nomor izinnya ada. Lowongan tetap diterbitkan; isi kolom placement_agency dengan nama P3MI pemegang izin itu."`);
  });

  it('shows in the report as a note on the file, line and field, the vacancy still published', () => {
    const result = ingestFixture('abroad', '2026-11-15');
    const lines = formatReport(result).split('\n').filter((l) => l.includes('P3MI'));
    expect(lines).toMatchInlineSnapshot(`
      [
        "  [catatan] baris 2–6, 8, 10, 12–13 (9 baris), kolom placement_agency: Penempatan luar negeri tanpa perusahaan penempatan (P3MI) dan nomor izinnya. Lowongan tetap diterbitkan, tetapi pencari kerja tidak dapat memeriksa izinnya. Isi kolom placement_agency dengan nama P3MI dan placement_agency_license dengan nomor izin (SIP3MI) dari perjanjian penempatan.",
      ]
    `);
    expect(result.vacancies.filter((v) => v.region_scope === 'overseas').map((v) => v.id)).toEqual(['A-1', 'A-11', 'A-12', 'A-2', 'A-3', 'A-4', 'A-5', 'A-7', 'A-9']);
  });
});
