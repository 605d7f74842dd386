import type { Employer } from './employers';
import type { EducationLevel, EmploymentType } from './jobTemplates';
import type { Place } from './writeRegion';

/** One generated vacancy with typed values, before an office writes it into its own export format. Optional = the office left the cell empty. */
export interface SampleVacancy {
  title: string;
  occupationCode: string;
  employer: Employer;
  openings: number;
  place: Place;
  workAddress?: string;
  workMode?: 'onsite' | 'hybrid' | 'remote';
  employmentType: EmploymentType;
  education?: EducationLevel;
  experience?: number;
  ageMin?: number;
  ageMax?: number;
  gender?: 'any' | 'male' | 'female';
  skills?: readonly string[];
  salaryMin?: number;
  salaryMax?: number;
  description: string;
  requirements?: string;
  benefits?: string;
  disabilityFriendly?: boolean;
  datePosted: string;
  validThrough: string;
  status?: 'open' | 'filled' | 'cancelled';
  applyUrl?: string;
  applyEmail?: string;
  applyInstructions?: string;
  sourceUrl?: string;
}
