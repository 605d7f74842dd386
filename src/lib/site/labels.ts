import { t } from '../../i18n';

// Visible labels for codes in the data, indexable by any string; the text itself lives in src/i18n so an English edition can follow.
/** Employment type labels (`contract` → `Kontrak (PKWT)`). */
export const employmentTypeText: Record<string, string> = t.labels.employmentType;
/** Work mode labels. */
export const workModeText: Record<string, string> = t.labels.workMode;
/** Minimum education labels. */
export const educationText: Record<string, string> = t.labels.education;
/** Gender labels, shown as reported. */
export const genderText: Record<string, string> = t.labels.gender;
/** Why a vacancy is closed. */
export const closedReasonText: Record<string, string> = t.labels.closedReason;
/** KBLI 2020 section names. */
export const sectorText: Record<string, string> = t.labels.sector;
