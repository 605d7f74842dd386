import type { RenderedIssue } from './renderIssue';

/** An issue as the JSON report lists it: once for every row it is identical on, with those rows' lines (and spreadsheet rows) and their count. */
export type GroupedIssue = RenderedIssue & { count?: number; lines?: number[]; records?: number[] };

/**
 * Identical issues (same office, file, type, field, value and text; only the line differs) as one entry listing the
 * lines, so 200,000 identical rows make one entry of numbers rather than 200,000 copies of the message; the first
 * line stays in `line`. Issues that differ in anything else stay apart, so the JSON keeps every distinct problem.
 */
export function groupIdentical(issues: readonly RenderedIssue[]): GroupedIssue[] {
  const groups = new Map<string, GroupedIssue>();
  for (const issue of issues) {
    const { line, record, ...rest } = issue;
    const key = JSON.stringify(rest);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { ...issue });
      continue;
    }
    if (group.count === undefined) {
      group.count = 1;
      group.lines = group.line === undefined ? [] : [group.line];
      if (group.record !== undefined) group.records = [group.record];
    }
    group.count++;
    if (line !== undefined) group.lines!.push(line);
    if (record !== undefined) (group.records ??= []).push(record);
  }
  return [...groups.values()];
}
