import { t } from '../../i18n';
import type { Snapshot } from '../history/snapshots';
import { currentWorkFolder, readOpenDataManifest, readSnapshotList } from '../pipeline/workFolder';
import type { OpenDataFile, OpenDataManifest } from '../pipeline/workFolderSchemas';
import { formatCount, formatDate } from '../site/format';
import { OPEN_FILE } from './writeOpenData';

/** One row of a file table on /data/: its link, what it holds, rows, size, checksum. */
export interface FileRow {
  href: string;
  name: string;
  title: string;
  rows?: string;
  size: string;
  sha256: string;
}

/** What the /data/ page shows, from the open-data manifest of this build. */
export interface DataPageView {
  manifest: OpenDataManifest;
  asOf: string;
  files: FileRow[];
  provinces: FileRow[];
  /** The dated snapshots of every publication, newest first (/data/arsip/). */
  snapshots: FileRow[];
  citation: string;
  openCsvUrl: string;
  duckdb: string;
  pandas: string;
  /** pandas reading one province's gzipped CSV as published. */
  provincePandas?: string;
  jsonLd: Record<string, unknown>;
}

const kilobyte = new Intl.NumberFormat(t.locale.intl, { maximumFractionDigits: 1 });

/** `1,9 MB`, `562 B`: a file size as readers write it (powers of 1000). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${kilobyte.format(bytes / 1000)} kB`;
  return `${kilobyte.format(bytes / 1_000_000)} MB`;
}

const fileRow = (file: OpenDataFile): FileRow => ({
  href: `/data/${file.path}`, name: file.path.split('/').at(-1)!, title: file.title,
  ...(file.rows === undefined ? {} : { rows: formatCount(file.rows) }), size: formatBytes(file.bytes), sha256: file.sha256,
});

const snapshotRow = (snapshot: Snapshot): FileRow => ({
  href: `/data/arsip/${snapshot.file}`, name: snapshot.file, title: t.openData.snapshotTitle(formatDate(snapshot.date)),
  size: formatBytes(snapshot.bytes), sha256: snapshot.sha256,
});

let cached: DataPageView | undefined;

/** The /data/ page of this build: the files in the manifest, a citation with the snapshot date, tool examples, and the schema.org Dataset. */
export function dataPageView(): DataPageView {
  const work = currentWorkFolder();
  cached ??= dataPageViewOf(readOpenDataManifest(work), readSnapshotList(work));
  return cached;
}

/** The /data/ page for one manifest. */
export function dataPageViewOf(manifest: OpenDataManifest, snapshots: readonly Snapshot[] = []): DataPageView {
  const { siteUrl, licence, name } = manifest.publisher;
  const pageUrl = `${siteUrl}/data/`;
  const openCsvUrl = `${pageUrl}${OPEN_FILE}.csv`;
  const main = manifest.files.filter((f) => !f.province);
  return {
    manifest, asOf: formatDate(manifest.asOf), files: main.map(fileRow), provinces: manifest.files.filter((f) => f.province).map(fileRow),
    snapshots: snapshots.map(snapshotRow),
    citation: t.openData.citation(name, manifest.asOf.slice(0, 4), formatDate(manifest.asOf), pageUrl, licence.title),
    openCsvUrl,
    duckdb: `import duckdb\nduckdb.sql("""SELECT province_name, count(*) AS lowongan, sum(openings) AS orang\n  FROM '${pageUrl}${OPEN_FILE}.parquet' GROUP BY 1 ORDER BY 2 DESC""").show()`,
    pandas: `import pandas as pd\ndf = pd.read_csv("${openCsvUrl}", dtype=str, keep_default_na=False)\nprint(df.groupby("province_name").size().sort_values(ascending=False))`,
    ...provinceExample(manifest.files, pageUrl),
    jsonLd: datasetJsonLd(manifest, pageUrl, main),
  };
}

/** A pandas line reading the largest province's file as published (gzipped CSV); none without province files. */
function provinceExample(files: readonly OpenDataFile[], pageUrl: string): Pick<DataPageView, 'provincePandas'> {
  const largest = files.filter((f) => f.province).sort((a, b) => (b.rows ?? 0) - (a.rows ?? 0))[0];
  return largest ? { provincePandas: `df = pd.read_csv("${pageUrl}${largest.path}", dtype=str, keep_default_na=False)` } : {};
}

/** schema.org `Dataset` (with the DCAT-compatible fields Google Dataset Search reads) for /data/. */
function datasetJsonLd(manifest: OpenDataManifest, pageUrl: string, files: readonly OpenDataFile[]): Record<string, unknown> {
  const { licence, name, contact } = manifest.publisher;
  const publisher = { '@type': 'Organization', name, email: contact };
  const encoding = { csv: 'text/csv', jsonl: 'application/gzip', parquet: 'application/vnd.apache.parquet', json: 'application/json' } as const;
  return {
    '@context': 'https://schema.org', '@type': 'Dataset', '@id': pageUrl, url: pageUrl, name: t.openData.title,
    description: `${t.openData.what} ${t.openData.whatNot}`, inLanguage: t.locale.lang, license: licence.path, isAccessibleForFree: true,
    creator: publisher, publisher, version: manifest.asOf, dateModified: manifest.asOf,
    keywords: ['lowongan kerja', 'job vacancies', 'Indonesia', 'KBJI 2014', 'pasar kerja'],
    ...(manifest.posted ? { temporalCoverage: `${manifest.posted.first}/${manifest.posted.last}` } : {}),
    spatialCoverage: { '@type': 'Place', name: 'Indonesia', geo: { '@type': 'GeoShape', box: '-11.0 94.7 6.1 141.1' } },
    distribution: files.filter((f) => f.name !== 'tableschema').map((f) => ({
      '@type': 'DataDownload', name: f.title, encodingFormat: encoding[f.format], contentUrl: `${pageUrl}${f.path}`, contentSize: `${f.bytes} B`,
    })),
  };
}
