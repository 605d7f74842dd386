/** Where an issue happened: the office, the file relative to the data folder, the 1-based line (the header is line 1). */
export interface IssuePlace {
  /** Publishing office (source name). */
  source: string;
  /** File path relative to the data folder. */
  file: string;
  /** Line where the row starts; absent for a problem of the whole file. */
  line?: number;
  /** The row's number in a spreadsheet (its record), when it is not its line: quoted cells spanning lines came before. */
  record?: number;
}

/** Another row an issue refers to: the one kept, the one already using an address. */
export interface OtherRow {
  source: string;
  file: string;
  line: number;
  id: string;
}

/** One problem with a mapping file, as the schema of mapping files reports it. */
export type MappingProblem = { path: string } & (
  | { kind: 'unknown-keys'; keys: string[] }
  | { kind: 'not-allowed'; values: string[]; value?: string }
  | { kind: 'no-enumeration'; keys: string[]; fields: string[] }
  | { kind: 'wrong-type'; expected: string }
  | { kind: 'too-small'; minimum: number }
  | { kind: 'too-large'; maximum: number }
  | { kind: 'unknown-encoding' }
  | { kind: 'invalid' }
);

/** Why a mapping file could not be used: it is not JSON, or it breaks the mapping schema. */
export type MappingFailure = { kind: 'not-json'; error: string } | { kind: 'invalid'; problems: MappingProblem[] };

type Cell = { field: string; value?: string };
type CellRule<Extra = object> = Cell & Extra;

/** What each kind of issue carries besides its place and severity; the report turns this into text. */
export interface IssueDetails {
  'file/spreadsheet': object;
  'file/unknown-file': object;
  'file/subfolder': object;
  'file/orphan-mapping': object;
  'file/unreadable': { stage: 'read' | 'decode'; error: string };
  'file/malformed-header': { line: number };
  'file/empty': object;
  'file/invalid-mapping': { mappingFile: string; rows: number; failure: MappingFailure };
  'file/unknown-column': { line: number; columns: string[] };
  'file/repeated-column': { line: number; columns: string[] };
  'file/missing-column': { line: number; fields: string[] };
  'row/malformed': { line: number; error: string };
  'row/column-count': { line: number; cells: number; headers: number; delimiter: string };
  'row/required': CellRule;
  'row/invalid-id': CellRule;
  'row/invalid-date': CellRule;
  'row/invalid-number': CellRule;
  'row/too-small': CellRule<{ minimum: number }>;
  'row/too-large': CellRule<{ maximum: number }>;
  'row/too-long': CellRule<{ maximum: number }>;
  'row/invalid-rupiah': CellRule;
  'row/implausible-rupiah': CellRule<{ minimum: number }>;
  'row/invalid-url': CellRule;
  'row/invalid-email': CellRule;
  'row/invalid-option': CellRule<{ accepted: string[] }>;
  'row/invalid-sector': CellRule<{ accepted: string[] }>;
  'row/invalid-boolean': CellRule;
  'row/invalid-country': CellRule;
  'row/invalid-currency': CellRule;
  'row/currency-conflict': CellRule<{ currencies: string[] }>;
  'row/pay-currency-unknown': CellRule;
  'row/invalid-occupation': CellRule;
  'row/invalid-text': CellRule;
  'row/invalid-cell': CellRule<{ problem: string }>;
  'row/salary-order': CellRule;
  'row/age-order': CellRule;
  'row/date-order': CellRule;
  'row/no-apply-method': CellRule;
  'row/occupation-not-inferred': CellRule<{ candidates: string[] }>;
  'row/unknown-occupation': CellRule;
  'row/not-unit-occupation': CellRule;
  'row/unknown-region': CellRule;
  'row/ambiguous-region': CellRule<{ candidates: string[] }>;
  'row/place-abroad': CellRule<{ country: string; countryName: string }>;
  'row/place-abroad-routed': CellRule<{ country: string; countryName: string }>;
  'row/region-in-indonesia': CellRule<{ region: string }>;
  'row/region-default-choice': CellRule<{ chosen: string; alternatives: string[] }>;
  'row/address-region-mismatch': CellRule<{ region: string; address: string[] }>;
  'row/duplicate-id': CellRule<{ line: number; kept: OtherRow }>;
  'row/duplicate-across-sources': CellRule<{ line: number; kept: OtherRow }>;
  'row/slug-collision': CellRule<{ line: number; slug: string; first: OtherRow }>;
  'row/address-owned': CellRule<{ line: number; slug: string; owner: string; ownerId: string; since: string }>;
  'row/id-address-clash': CellRule<{ line: number; slug: string; first: OtherRow }>;
  'file/unnamed-office': object;
  'file/not-csv': { kind: string };
  'file/superseded-versions': { rows: number; vacancies: number; files: number };
  'file/encoding-guess': { guess: 'utf-8-repaired' | 'windows-1252'; lines: number[] };
  'file/symlink-outside': { target: string };
  'file/broken-sources': { line: number; error: string };
  'file/unknown-office-province': { province: string };
  'file/office-name-clash': { entry: string; kept: string; office: string; rows: number };
  'row/missing-placement-agency': CellRule<{ missing: ('placement_agency' | 'placement_agency_license')[] }>;
}

/** Stable kind of an issue, e.g. `row/invalid-date`, `file/unreadable`. */
export type IssueType = keyof IssueDetails;

/** What every issue carries: its kind, how grave it is, where it happened, and the field and cell concerned if any. */
interface IssueBase<T extends IssueType> extends IssuePlace {
  type: T;
  /** `error` rejects the row (or file); `warning` publishes it with a note. */
  severity: 'error' | 'warning';
  /** Contract field (or column) concerned. */
  field?: string;
  /** The cell as written (cut after 200 characters). */
  value?: string;
}

/** One issue of a given kind: its type, severity, place and typed details. */
export type IssueOf<T extends IssueType> = IssueBase<T> & IssueDetails[T];

/** One problem found in the input, as data without text: the report renders what a publisher reads. */
export type Issue = { [T in IssueType]: IssueOf<T> }[IssueType];
