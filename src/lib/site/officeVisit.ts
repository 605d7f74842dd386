import type { OfficeContact } from '../ingest/sourcesFile';
import type { Vacancy } from '../schema/publishedVacancy';
import type { SiteIndex } from './groupVacancies';

/** Instructions that send the applicant to a placement office (Disnaker, its job fair desk, an LTSA one-stop office). */
const AT_OFFICE = /\b(disnaker\w*|dinas|bursa kerja|pengantar kerja|ltsa|kartu ak\/?1|kantor pelayanan)\b/i;
/** Instructions that send the applicant to the office where they live, not the publishing one. */
const OWN_OFFICE = /\b(domisili|terdekat|tempat tinggal)\b/i;
/** Instructions that ask the applicant to come in person elsewhere (walk-in interviews, letters taken by hand). */
const IN_PERSON = /\b(datang|walk[- ]?in|diantar|antar langsung|kunjungi|langsung ke)\b/i;

/** The publishing office an apply-in-person vacancy names, with how to visit it; `register` when the applicant signs up there. */
export interface OfficeVisit {
  /** `register`: the instructions send the applicant to the office; `ask`: they go in person elsewhere, the office answers questions. */
  kind: 'register' | 'ask';
  name: string;
  contact: OfficeContact;
  /** The phone number as a `tel:` address: its digits (and a leading +) only. */
  tel?: string;
}

/** Whether a vacancy's instructions ask for an application in person, and where: at the publishing office, or elsewhere (another place, or the applicant's own local office). */
export function inPersonKind(instructions: string | undefined): OfficeVisit['kind'] | undefined {
  if (!instructions) return undefined;
  if (AT_OFFICE.test(instructions)) return OWN_OFFICE.test(instructions) ? 'ask' : 'register';
  return IN_PERSON.test(instructions) ? 'ask' : undefined;
}

/** A phone number as written (`(022) 555-0100 (nomor contoh)`) as a `tel:` address, or nothing when it has too few digits. */
export function telAddress(phone: string | undefined): string | undefined {
  const digits = (phone ?? '').replace(/\([^)]*[a-z][^)]*\)/gi, '').replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 5 ? `tel:${digits}` : undefined;
}

/** A phone number as shown: its spaces and hyphens do not break, so it never wraps across two lines. */
export const phoneText = (phone: string): string => phone.replaceAll(' ', '\u00a0').replaceAll('-', '\u2011');

/** The office to visit for an open apply-in-person vacancy whose publishing office lists how to visit it (data/sources.csv). */
export function officeVisit(s: SiteIndex, v: Vacancy): OfficeVisit | undefined {
  const kind = v.is_open ? inPersonKind(v.apply_instructions) : undefined;
  const office = s.sourceByName.get(v.source);
  if (!kind || !office?.contact) return undefined;
  return { kind, name: office.name, contact: office.contact, tel: telAddress(office.contact.phone) };
}
