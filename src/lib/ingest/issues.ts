/** One problem found in the input, as data: what a publisher reads to fix a row. */
export interface IngestIssue {
  /** Stable kind, e.g. `row/invalid-date`, `row/unknown-region`, `file/unreadable`. */
  type: string;
  /** `error` rejects the row (or file); `warning` publishes it with a note. */
  severity: 'error' | 'warning';
  /** Publishing office (source name). */
  source: string;
  /** File path relative to the data folder. */
  file: string;
  /** 1-based line in the file where the row starts (the header is line 1). */
  line?: number;
  /** Contract field (or column) concerned. */
  field?: string;
  /** The cell as written. */
  value?: string;
  /** What is wrong and what to do, in Indonesian. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

/** Where an issue happened, before its kind and message are known. */
export type IssuePlace = Pick<IngestIssue, 'source' | 'file' | 'line'>;
