import path from 'node:path';
import type { IgnoredFile } from './discoverSources';
import type { IngestIssue } from './issues';

const TEXT: Record<IgnoredFile['reason'], { severity: IngestIssue['severity']; id: string; en: string }> = {
  spreadsheet: {
    severity: 'error',
    id: 'Berkas spreadsheet tidak dibaca. Simpan sebagai CSV (File → Save As → CSV UTF-8) lalu letakkan di folder yang sama.',
    en: 'Spreadsheet files are not read. Save it as CSV (File → Save As → CSV UTF-8) in the same folder.',
  },
  'unknown-file': {
    severity: 'warning',
    id: 'Berkas ini bukan CSV/TSV/TXT dan tidak dibaca. Pindahkan dari folder data bila bukan data lowongan.',
    en: 'This file is not CSV/TSV/TXT and was not read. Move it out of the data folder if it holds no vacancies.',
  },
  subfolder: {
    severity: 'warning',
    id: 'Subfolder di dalam folder kantor tidak dibaca. Letakkan berkas CSV langsung di folder kantor.',
    en: 'Subfolders inside an office folder are not read. Put the CSV files directly in the office folder.',
  },
  'orphan-mapping': {
    severity: 'warning',
    id: 'Berkas pemetaan ini tidak punya berkas data bernama sama (<kantor>.csv), jadi tidak dipakai.',
    en: 'This mapping file has no data file of the same name (<office>.csv), so it is not used.',
  },
};

/** The report line for a file under the data folder that was not read, so nothing is skipped silently. */
export function ignoredFileIssue(file: IgnoredFile, dataDir: string): IngestIssue {
  const text = TEXT[file.reason];
  return { type: `file/${file.reason}`, severity: text.severity, source: file.source, file: path.relative(dataDir, file.path), message: text.id, messageEn: text.en };
}
