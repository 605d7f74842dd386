import { t } from '../../i18n';
import { currentWorkFolder, readOpenDataManifest } from '../pipeline/workFolder';
import type { OpenDataManifest } from '../pipeline/workFolderSchemas';
import { formatCount, formatDate } from '../site/format';
import { QUALITY_FILE } from './writeOpenData';

/** One office on /data/kualitas/: counts as text, rejections per rule, shares as percentages. */
export interface OfficeQualityView {
  source: string;
  name: string;
  figures: { label: string; value: string }[];
  byRule: { rule: string; count: string }[];
  filled: { field: string; share: string }[];
}

const percent = new Intl.NumberFormat(t.locale.intl, { style: 'percent', maximumFractionDigits: 1 });
const shareText = (share: number | undefined) => (share === undefined ? t.openData.quality.none : percent.format(share));

/** The quality page of this build. */
export function qualityView(): { asOf: string; csv: string; offices: OfficeQualityView[] } {
  return qualityViewOf(readOpenDataManifest(currentWorkFolder()));
}

/** The quality page for one manifest: each office in source order. */
export function qualityViewOf(manifest: OpenDataManifest): { asOf: string; csv: string; offices: OfficeQualityView[] } {
  const q = t.openData.quality;
  const offices = manifest.quality.map((o) => ({
    source: o.source, name: o.name,
    figures: [
      { label: q.received, value: formatCount(o.received) },
      { label: q.published, value: `${formatCount(o.published)} (${q.open(formatCount(o.open))})` },
      { label: q.merged, value: formatCount(o.merged) },
      { label: q.superseded, value: formatCount(o.superseded) },
      { label: q.rejected, value: formatCount(o.rejected) },
      { label: q.pay, value: shareText(o.payShare) },
      { label: q.guessed, value: shareText(o.occupationGuessedShare) },
    ],
    byRule: o.byRule.map(({ rule, count }) => ({ rule, count: formatCount(count) })),
    filled: o.filled.map(({ field, share }) => ({ field, share: shareText(share) })),
  }));
  return { asOf: formatDate(manifest.asOf), csv: `/data/${QUALITY_FILE}.csv`, offices };
}
