import { describe, expect, it } from 'vitest';
import { labelKey, labelParser, parseBoolean, parseCount } from '../../src/lib/parse/parseScalars';
import { educationLabels, employmentTypeLabels, genderLabels, statusLabels, workModeLabels } from '../../src/lib/schema/labels';

describe('parseCount', () => {
  it.each([
    ['3', 3],
    ['3 orang', 3],
    ['12 Orang', 12],
    ['2 tahun', 2],
    ['1.000', 1000],
    ['0', 0],
    [' 4 ', 4],
  ])('reads %j as %i', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });

  it.each(['tiga', '-1', '1,5', '1.5', '', 'sesuai kebutuhan'])('refuses %j', (text) => {
    expect(parseCount(text)).toBeUndefined();
  });
});

describe('parseBoolean', () => {
  it.each(['ya', 'Ya', 'YES', 'true', '1', 'iya', 'y'])('reads %j as yes', (text) => {
    expect(parseBoolean(text)).toBe(true);
  });

  it.each(['tidak', 'Tidak', 'no', 'false', '0', 'n'])('reads %j as no', (text) => {
    expect(parseBoolean(text)).toBe(false);
  });

  it.each(['mungkin', '', '2'])('refuses %j', (text) => {
    expect(parseBoolean(text)).toBeUndefined();
  });
});

describe('labelKey', () => {
  it('folds case, accents and punctuation so labels match however they are typed', () => {
    expect(labelKey('  D-III ')).toBe('d iii');
    expect(labelKey('Laki-laki/Perempuan')).toBe('laki laki perempuan');
    expect(labelKey('Café Olé')).toBe('cafe ole');
  });
});

describe('labelParser for employment_type', () => {
  const employmentType = labelParser(employmentTypeLabels);

  it.each([
    ['full_time', 'full_time'],
    ['FULL_TIME', 'full_time'],
    ['fullTime', 'full_time'],
    ['Full-time', 'full_time'],
    ['Penuh Waktu', 'full_time'],
    ['partTime', 'part_time'],
    ['Paruh Waktu', 'part_time'],
    ['Kontrak', 'contract'],
    ['PKWT', 'contract'],
    ['PKWTT', 'permanent'],
    ['Karyawan Tetap', 'permanent'],
    ['Freelance', 'temporary'],
    ['Magang', 'internship'],
    ['Internship', 'internship'],
    ['Harian Lepas', 'daily'],
  ])('reads %j as %s', (text, code) => {
    expect(employmentType(text)).toBe(code);
  });

  it('takes the first known label of a list such as "fullTime,contract"', () => {
    expect(employmentType('fullTime,contract')).toBe('full_time');
    expect(employmentType('Kontrak/Temporer')).toBe('contract');
    expect(employmentType('Full Time / Kontrak')).toBe('full_time');
  });

  it('refuses a label it does not know', () => {
    expect(employmentType('borongan')).toBeUndefined();
    expect(employmentType('CONTRACTOR')).toBeUndefined();
  });
});

describe('labelParser for education_min', () => {
  const education = labelParser(educationLabels);

  it.each([
    ['SMA/SMK', 'sma'],
    ['SMA', 'sma'],
    ['SLTA', 'sma'],
    ['SMA Sederajat', 'sma'],
    ['SMK', 'smk'],
    ['SD', 'sd'],
    ['SMP', 'smp'],
    ['D1', 'd1'],
    ['D-III', 'd3'],
    ['D3', 'd3'],
    ['Diploma III', 'd3'],
    ['D-IV', 'd4'],
    ['S1', 's1'],
    ['S-1', 's1'],
    ['Sarjana', 's1'],
    ["Bachelor's degree", 's1'],
    ['S2', 's2'],
    ['S3', 's3'],
    ['Tidak ada', 'none'],
  ])('reads %j as %s', (text, code) => {
    expect(education(text)).toBe(code);
  });

  it('refuses a level it does not know', () => {
    expect(education('Kursus menjahit')).toBeUndefined();
  });
});

describe('labelParser for gender, work_mode and status', () => {
  const gender = labelParser(genderLabels);
  const workMode = labelParser(workModeLabels);
  const status = labelParser(statusLabels);

  it.each([
    ['Pria', 'male'],
    ['Laki-laki', 'male'],
    ['L', 'male'],
    ['Wanita', 'female'],
    ['Perempuan', 'female'],
    ['P', 'female'],
    ['L/P', 'any'],
    ['Pria/Wanita', 'any'],
    ['bebas', 'any'],
  ])('reads gender %j as %s', (text, code) => {
    expect(gender(text)).toBe(code);
  });

  it.each([
    ['WFO', 'onsite'],
    ['On-site', 'onsite'],
    ['Di Lokasi', 'onsite'],
    ['Hybrid', 'hybrid'],
    ['WFH', 'remote'],
    ['Jarak Jauh', 'remote'],
  ])('reads work mode %j as %s', (text, code) => {
    expect(workMode(text)).toBe(code);
  });

  it.each([
    ['Dibuka', 'open'],
    ['aktif', 'open'],
    ['Terisi', 'filled'],
    ['Filled', 'filled'],
    ['Dibatalkan', 'cancelled'],
    ['canceled', 'cancelled'],
  ])('reads status %j as %s', (text, code) => {
    expect(status(text)).toBe(code);
  });

  it('refuses "closed", which is not a status an office reports (filled or cancelled are)', () => {
    expect(status('closed')).toBeUndefined();
  });
});
