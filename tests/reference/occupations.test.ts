import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { guessOccupationFromTitle } from '../../src/lib/reference/guessOccupation';
import { loadOccupations, occupationPath, resolveOccupationCode } from '../../src/lib/reference/occupations';
import { readExportTitles } from '../../tools/bench/exportTitles';

const ref = loadOccupations();
const escoFile = path.resolve('..', 'shared', 'reference', 'isco08-groups-esco.csv');

/** Lower case with only letters and digits, so "Ships’ engineers" and "Ships' engineers" compare equal. */
const comparable = (title: string) => title.toLowerCase().replace(/[^a-z0-9]/g, '');

describe('loadOccupations', () => {
  it('holds the 10 major, 43 sub-major, 130 minor and 436 unit groups of ISCO-08 / KBJI 2014', () => {
    const counts = { major: 0, sub_major: 0, minor: 0, unit: 0 };
    for (const o of ref.all) counts[o.level]++;
    expect(counts).toEqual({ major: 10, sub_major: 43, minor: 130, unit: 436 });
  });

  it('gives every code once', () => {
    expect(new Set(ref.all.map((o) => o.code)).size).toBe(ref.all.length);
    expect(ref.byCode.size).toBe(ref.all.length);
  });

  it('gives every group but a major an existing parent whose code prefixes its own', () => {
    const offenders = ref.all
      .filter((o) => (o.level === 'major' ? o.parentCode !== null : !o.parentCode || !ref.byCode.has(o.parentCode) || !o.code.startsWith(o.parentCode)))
      .map((o) => `${o.code} → ${o.parentCode}`);
    expect(offenders).toEqual([]);
  });

  it('describes a unit group with Indonesian and English titles and a code-prefixed ASCII slug', () => {
    expect(ref.byCode.get('2221')).toEqual({
      code: '2221',
      level: 'unit',
      parentCode: '222',
      titleId: 'Profesional Perawat',
      titleEn: 'Nursing professionals',
      slug: '2221-profesional-perawat',
    });
    expect(ref.byCode.get('5120')?.titleId).toBe('Juru Masak');
    expect(ref.byCode.get('2')?.titleId).toBe('Profesional');
    expect(ref.all.filter((o) => !/^\d{1,4}-[a-z0-9]+(-[a-z0-9]+)*$/.test(o.slug))).toEqual([]);
  });

  it('returns the same object on a second call for the same data folder', () => {
    expect(loadOccupations(path.resolve('data'))).toBe(ref);
  });

  it('maps every alias, written in lower case without punctuation, to an existing unit group', () => {
    const offenders = ref.aliases.filter((a) => ref.byCode.get(a.code)?.level !== 'unit' || !/^[a-z0-9]+( [a-z0-9]+)*$/.test(a.alias));
    expect(offenders).toEqual([]);
    expect(ref.aliases.length).toBeGreaterThanOrEqual(200);
  });

  it('lists every alias once', () => {
    const seen = ref.aliases.map((a) => a.alias);
    expect(seen.filter((a, i) => seen.indexOf(a) !== i)).toEqual([]);
  });
});

if (!existsSync(escoFile)) console.warn(`Skipping the ISCO-08 cross-check: ../shared is absent (${escoFile}).`);

describe.skipIf(!existsSync(escoFile))('cross-check with the ESCO export of ISCO-08 groups (skipped when ../shared is absent)', () => {
  const esco = existsSync(escoFile)
    ? Papa.parse<Record<string, string>>(readFileSync(escoFile, 'utf8'), { header: true, skipEmptyLines: true }).data.filter((r) => r.conceptType === 'ISCOGroup')
    : [];

  it('has exactly the codes of ISCO-08', () => {
    expect(ref.all.map((o) => o.code).sort()).toEqual(esco.map((r) => r.code).sort());
  });

  it('gives every group its ISCO-08 English title, ignoring case, spacing and punctuation', () => {
    const mismatches = esco
      .filter((r) => comparable(ref.byCode.get(r.code!)?.titleEn ?? '') !== comparable(r.preferredLabel ?? ''))
      .map((r) => `${r.code}: "${ref.byCode.get(r.code!)?.titleEn}" ≠ "${r.preferredLabel}"`);
    expect(mismatches).toEqual([]);
  });
});

describe('occupationPath', () => {
  it('lists the ancestors of a unit group from the major group down to the group itself', () => {
    expect(occupationPath(ref, '2221').map((o) => o.code)).toEqual(['2', '22', '222', '2221']);
    expect(occupationPath(ref, '0110').map((o) => o.code)).toEqual(['0', '01', '011', '0110']);
  });

  it('returns an empty path for an unknown code', () => {
    expect(occupationPath(ref, '9999')).toEqual([]);
  });
});

describe('resolveOccupationCode', () => {
  it('accepts a 4-digit unit group', () => {
    expect(resolveOccupationCode(ref, '2221')).toEqual({ ok: true, code: '2221', unitCode: '2221' });
    expect(resolveOccupationCode(ref, ' 0310 ')).toEqual({ ok: true, code: '0310', unitCode: '0310' });
  });

  it('accepts a 6-digit KBJI position with or without the dot and writes it with the dot', () => {
    expect(resolveOccupationCode(ref, '2221.01')).toEqual({ ok: true, code: '2221.01', unitCode: '2221' });
    expect(resolveOccupationCode(ref, '222101')).toEqual({ ok: true, code: '2221.01', unitCode: '2221' });
  });

  it('rejects a major, sub-major or minor group as not a unit group', () => {
    for (const code of ['2', '22', '222']) expect(resolveOccupationCode(ref, code)).toEqual({ ok: false, reason: 'not-unit' });
  });

  it('rejects a well-formed code whose unit group does not exist as unknown', () => {
    expect(resolveOccupationCode(ref, '2229')).toEqual({ ok: false, reason: 'unknown' });
    expect(resolveOccupationCode(ref, '9999.01')).toEqual({ ok: false, reason: 'unknown' });
    expect(resolveOccupationCode(ref, '229')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('rejects anything that is not 4 or 6 digits as a format error', () => {
    for (const input of ['', 'perawat', '22210', '2221.1', '2221-01', '2221.001', '22.21', '2221.0a']) {
      expect(resolveOccupationCode(ref, input), input).toEqual({ ok: false, reason: 'format' });
    }
  });
});

describe('guessOccupationFromTitle', () => {
  it('finds the unit group of a job title through a whole-word alias', () => {
    expect(guessOccupationFromTitle(ref, 'Perawat ICU RS Swasta')).toBe('2221');
    expect(guessOccupationFromTitle(ref, 'Dibutuhkan SOPIR Pribadi')).toBe('8322');
    expect(guessOccupationFromTitle(ref, 'Software Engineer (Backend)')).toBe('2512');
    expect(guessOccupationFromTitle(ref, 'Kasir Minimarket')).toBe('5230');
    expect(guessOccupationFromTitle(ref, 'Welder 6G – Offshore')).toBe('7212');
  });

  it('prefers the longest matching alias', () => {
    expect(guessOccupationFromTitle(ref, 'Perawat Lansia (Jepang)')).toBe('5322');
    expect(guessOccupationFromTitle(ref, 'Admin Gudang')).toBe('4321');
    expect(guessOccupationFromTitle(ref, 'Sopir Truk Tronton')).toBe('8332');
  });

  it('ignores case, accents and punctuation', () => {
    expect(guessOccupationFromTitle(ref, 'SÉCURITY/SATPAM')).toBe('5414');
    expect(guessOccupationFromTitle(ref, 'customer-service')).toBe('4222');
  });

  it('matches whole words only', () => {
    expect(guessOccupationFromTitle(ref, 'Perawatan Gedung')).toBeNull();
    expect(guessOccupationFromTitle(ref, 'Administrator')).toBeNull();
  });

  it('returns null when neither an alias nor a role or field word matches', () => {
    expect(guessOccupationFromTitle(ref, 'Lowongan Kerja')).toBeNull();
    expect(guessOccupationFromTitle(ref, '')).toBeNull();
  });
});

describe('guessOccupationFromTitle: the role-word fallback', () => {
  // Role word × field, in English and Indonesian, with the noise of real exports: places after " - ", bracketed codes,
  // education prefixes, leading punctuation, misspellings.
  it.each([
    ['Branch Manager - Medan (Sunggal)', '1219'],
    ['Kepala Cabang Bank', '1346'],
    ['Head of Human Resources', '1212'],
    ['Kepala Bagian Keuangan', '1211'],
    ['Manajer Produksi', '1321'],
    ['Plant Manager', '1321'],
    ['Manajer Akademik', '1345'],
    ['Store Operations Manager', '1420'],
    ['Manajer Restoran', '1412'],
    ['Hotel Manager', '1411'],
    ['Manajer Gudang', '1324'],
    ['Head of IT Infrastructure', '1330'],
    ['Manager', '1219'],
    ['Pengawas Produksi', '3122'],
    ['Supervisor Admin', '3341'],
    ['Store Supervisor', '5222'],
    ['Team Leader Produksi - Shift Malam', '3122'],
    ['Koordinator Lapangan', '3341'],
    ['Backend Engineer (Golang)', '2512'],
    ['Kubernetes Platform Engineer', '2522'],
    ['Structural Engineer', '2142'],
    ['Instrument Engineer', '2151'],
    ['Insinyur Sipil', '2142'],
    ['Engineer', '2149'],
    ['Analis Bisnis', '2421'],
    ['Analis Sistem', '2511'],
    ['Analis Risiko', '2413'],
    ['Recruitment Officer', '2423'],
    ['.Accounts Payable Officer', '4311'],
    ['Staf Perpajakan', '3313'],
    ['Social Media Officer', '2431'],
    ['Logistics Officer', '4323'],
    ['Warehouse Admin', '4321'],
    ['Petugas Administrasi', '4110'],
    ['Tenaga Pengajar', '2359'],
    ['Teknisi Laboratorium', '3111'],
    ['Operator Gudang', '9333'],
    ['Magang Akuntansi', '3313'],
    ['Internship Graphic Design', '2166'],
    ['Livestream Host (Part Time)', '5249'],
    ['Medical Representative - Area Jawa Timur', '2433'],
    ['Relationship Manager Lending - Bank XYZ', '3312'],
    ['S1 for Tax Officer - Jakarta (CODE : FIN TX)', '3313'],
    ['D3 Staff Logistik (Penempatan Surabaya)', '4323'],
    ['[Urgent] Finace Manager', '1211'],
    ['Asisstant Warehouse Manager', '1324'],
  ])('%s → %s', (title, code) => {
    expect(guessOccupationFromTitle(ref, title)).toBe(code);
  });

  it('lets a specific alias beat the fallback', () => {
    expect(guessOccupationFromTitle(ref, 'Sales Manager')).toBe('1221'); // not the generic manager, 1219
    expect(guessOccupationFromTitle(ref, 'Perawat')).toBe('2221');
    expect(guessOccupationFromTitle(ref, 'Head Chef')).toBe('3434');
    expect(guessOccupationFromTitle(ref, 'Kepala Sekolah')).toBe('1345');
    expect(guessOccupationFromTitle(ref, 'Admin Gudang')).toBe('4321');
  });

  it('lets a head role word outrank an alias that only names the field', () => {
    expect(guessOccupationFromTitle(ref, 'Accounting Manager')).toBe('1211'); // alias "accounting" alone: 3313
    expect(guessOccupationFromTitle(ref, 'Digital Marketing Manager')).toBe('1221');
    expect(guessOccupationFromTitle(ref, 'Security Engineer')).toBe('2529'); // not a security guard
    expect(guessOccupationFromTitle(ref, 'Sales Admin')).toBe('4110');
    expect(guessOccupationFromTitle(ref, 'Housekeeping Supervisor')).toBe('5151');
  });

  it('prefers the alias that names the head role word over a longer one naming the field', () => {
    expect(guessOccupationFromTitle(ref, 'Quality Control Data Analyst')).toBe('2511');
  });

  it('says nothing when the title names no field and a role word too vague alone', () => {
    for (const title of ['Specialist', 'Internship Program', 'Freelance Opportunity', 'Penjinak Naga']) {
      expect(guessOccupationFromTitle(ref, title), title).toBeNull();
    }
  });
});

const realdata = path.resolve('..', 'shared', 'realdata');

if (!existsSync(realdata)) console.warn(`Skipping the title-inference measurement: ${realdata} is absent.`);

describe.skipIf(!existsSync(realdata))('inference rate on real exports (skipped when ../shared/realdata is absent)', () => {
  it('gives a unit group to at least 85% of the distinct job titles', () => {
    const titles = readExportTitles(realdata);
    const misses = [...titles].filter((t) => guessOccupationFromTitle(ref, t) === null);
    const rate = 1 - misses.length / titles.size;
    console.log(`Occupation inferred for ${titles.size - misses.length} of ${titles.size} distinct titles (${(rate * 100).toFixed(1)}%). First misses:\n  ${misses.slice(0, 20).join('\n  ')}`);
    expect(titles.size).toBeGreaterThan(1000);
    expect(rate).toBeGreaterThanOrEqual(0.85);
  });
});
