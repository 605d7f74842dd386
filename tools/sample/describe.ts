import { abroadNotes, aboutEmployer, closings, commonBenefits, inclusiveClosing, introsAbroad, intros, sectorPhrases, urgentBanners, workplaceNotes } from './commonTexts';
import type { Employer } from './employers';
import { familyTexts } from './familyTexts';
import type { JobTemplate } from './jobTemplates';
import type { Random } from './random';

/** What a posting's text is about. */
export interface DescribeInput {
  template: JobTemplate;
  title: string;
  employer: Employer;
  /** Where the work is, as a phrase (`Kota Bandung`, `Taiwan`). */
  place: string;
  abroad?: { agency: Employer };
  disabilityFriendly?: boolean;
  education?: string;
  experience?: number;
  ageMin?: number;
  ageMax?: number;
  gender: 'any' | 'male' | 'female';
}

/** A posting's three text fields. */
export interface PostingTexts {
  description: string;
  requirements: string;
  benefits: string;
}

/** Words as a reader counts them: tokens with a letter or digit (bullet dashes do not count). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Composes a description of 80–250 words (paragraphs, then `- ` task bullets) and bullet lists of requirements and benefits. */
export function describe(input: DescribeInput, random: Random): PostingTexts {
  const texts = familyTexts[input.template.family];
  const values = { employer: input.employer.name, title: input.title, place: input.place, country: input.place, agency: input.abroad?.agency.name ?? '', sector: sectorPhrases[input.employer.sector], years: String(random.int(3, 40)), staff: String(random.int(2, 60) * 10) };
  const opening = fill(random.pick(input.abroad ? introsAbroad : intros), values);
  const roles = random.sample(texts.role, texts.role.length).map((s) => fill(s, values));
  const tasks = random.sample(texts.tasks, texts.tasks.length);
  const extras = random.sample([
    ...(input.abroad ? random.sample(abroadNotes, 2) : [fill(random.pick(aboutEmployer), values), random.pick(workplaceNotes)]),
    random.pick(texts.schedule),
  ], 3);
  const closing = input.disabilityFriendly ? inclusiveClosing : random.pick(closings);
  const target = random.int(85, 240);
  const banner = random.chance(0.03) ? [random.pick(urgentBanners)] : [];

  // Grow the posting piece by piece until it reaches its target length, then trim bullets past 250 words.
  const intro = [opening, roles[0]];
  let bulletCount = 3;
  let extraCount = 0;
  const build = () => [
    ...banner,
    intro.join(' '),
    ['Tugas dan tanggung jawab:', ...tasks.slice(0, bulletCount).map((t) => `- ${t}`)].join('\n'),
    ...extras.slice(0, extraCount),
    closing,
  ].join('\n\n');
  let text = build();
  const grow = (): boolean => {
    if (bulletCount < Math.min(5, tasks.length)) bulletCount++;
    else if (intro.length <= roles.length) intro.push(roles[intro.length - 1]);
    else if (extraCount < extras.length) extraCount++;
    else if (bulletCount < tasks.length) bulletCount++;
    else return false;
    return true;
  };
  while (countWords(text) < target && grow()) text = build();
  while (countWords(text) > 250 && bulletCount > 2) {
    bulletCount--;
    text = build();
  }
  return { description: text, requirements: requirementsOf(input, random), benefits: benefitsOf(input, random) };
}

const educationWords: Record<string, string> = {
  none: 'tidak disyaratkan', sd: 'SD sederajat', smp: 'SMP sederajat', sma: 'SMA/SMK sederajat', smk: 'SMK', d1: 'D1', d2: 'D2', d3: 'D3', d4: 'D4/Sarjana Terapan', s1: 'S1', s2: 'S2', s3: 'S3',
};

function requirementsOf(input: DescribeInput, random: Random): string {
  const lines: string[] = [];
  if (input.education) lines.push(input.education === 'none' ? 'Pendidikan tidak disyaratkan' : `Pendidikan minimal ${educationWords[input.education]}`);
  if (input.experience !== undefined) lines.push(input.experience === 0 ? 'Lulusan baru dipersilakan melamar' : `Pengalaman minimal ${input.experience} tahun di bidang yang sama`);
  if (input.ageMin !== undefined && input.ageMax !== undefined) lines.push(`Usia ${input.ageMin}-${input.ageMax} tahun`);
  if (input.gender !== 'any') lines.push(input.gender === 'male' ? 'Pria' : 'Wanita');
  if (input.template.mustHave) lines.push(input.template.mustHave);
  lines.push(...random.sample(familyTexts[input.template.family].requirements, random.int(2, 4)));
  return lines.map((l) => `- ${l}`).join('\n');
}

function benefitsOf(input: DescribeInput, random: Random): string {
  const own = random.sample(familyTexts[input.template.family].benefits, random.int(1, 2));
  const lines = input.abroad ? own : [...random.sample(commonBenefits, random.int(2, 3)), ...own];
  return lines.map((l) => `- ${l}`).join('\n');
}
