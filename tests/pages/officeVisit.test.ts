import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourcesFile } from '../../src/lib/ingest/sourcesFile';
import { groupVacancies } from '../../src/lib/site/groupVacancies';
import { inPersonKind, officeVisit, telAddress } from '../../src/lib/site/officeVisit';
import { vacancy } from '../seo/vacancyFixture';
import { tempDir } from '../tempDir';
import { data } from './siteFixture';

const contact = { address: 'Jl. Soekarno-Hatta No. 532, Kota Bandung', hours: 'Senin–Jumat 08.00–15.00', phone: '(022) 7564-958', mapUrl: 'https://www.openstreetmap.org/?mlat=-6.9&mlon=107.6' };
const s = groupVacancies({ ...data, sources: [{ source: 'disnaker-jabar', name: 'Disnakertrans Jawa Barat', contact }, ...data.sources.slice(1)] });

describe('the office to visit for an application in person', () => {
  it('reads the office-contact columns of sources.csv, dropping a map link that is not http(s) and empty cells', () => {
    const file = path.join(tempDir('sources'), 'sources.csv');
    fs.writeFileSync(file, [
      'source,name,url,address,opening_hours,phone,map_url',
      `disnaker-jabar,Disnakertrans Jabar,https://disnakertrans.jabarprov.go.id,"${contact.address}",${contact.hours},${contact.phone},${contact.mapUrl}`,
      'Disnaker Kota Medan,Disnaker Medan,,,,,javascript:alert(1)',
    ].join('\n'));
    expect(Object.fromEntries(readSourcesFile(file).offices)).toEqual({
      'disnaker-jabar': { source: 'disnaker-jabar', name: 'Disnakertrans Jabar', url: 'https://disnakertrans.jabarprov.go.id', contact },
      'disnaker-kota-medan': { source: 'disnaker-kota-medan', name: 'Disnaker Medan', url: undefined, contact: undefined },
    });
  });

  it('tells instructions that send the applicant to the publishing office from those that send them elsewhere or to their own local office, and from others', () => {
    expect([
      'Daftar melalui pengantar kerja di kantor Disnaker dengan membawa kartu AK/1 (kartu kuning).',
      'Lamaran diantar ke Disnaker setempat (bursa kerja) paling lambat pada batas lamaran.',
      'Daftar di Layanan Terpadu Satu Atap (LTSA) Purwakarta.',
      'Daftar di LTSA atau Disnaker kabupaten/kota domisili Anda, membawa KTP.',
      'Datang langsung ke kantor PT Maju pada hari kerja pukul 09.00-15.00 membawa CV.',
      'Walk-in interview Sabtu 7 Desember.',
      'Kirim CV lewat pos.',
      undefined,
    ].map(inPersonKind)).toEqual(['register', 'register', 'register', 'ask', 'ask', 'ask', undefined, undefined]);
  });

  it('dials the digits of a phone number written with spaces, dashes and a note', () => {
    expect(['(022) 555-0100 (nomor contoh)', '+62 21 5255 733', 'tidak ada', undefined].map(telAddress)).toEqual(['tel:0225550100', 'tel:+62215255733', undefined, undefined]);
  });

  it('names the publishing office of an open in-person vacancy, and nothing for one applied to online, closed or from an office without contact details', () => {
    const walkIn = { apply_instructions: 'Datang ke kantor Disnaker membawa CV.' };
    expect(officeVisit(s, vacancy(walkIn))).toEqual({ kind: 'register', name: 'Disnakertrans Jawa Barat', contact, tel: 'tel:0227564958' });
    expect(officeVisit(s, vacancy({}))).toBeUndefined();
    expect(officeVisit(s, vacancy({ ...walkIn, is_open: false, closed_reason: 'expired' }))).toBeUndefined();
    expect(officeVisit(s, vacancy({ ...walkIn, source: 'disnaker-dki' }))).toBeUndefined();
  });
});
