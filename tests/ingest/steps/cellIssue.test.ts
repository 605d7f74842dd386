import { describe, expect, it } from 'vitest';
import { cellIssue } from '../../../src/lib/ingest/steps/cellIssue';
import { place, texts } from './texts';

const at = { ...place, line: 2 };

describe('cellIssue (validate: zod problems as typed issues)', () => {
  it('takes a refinement\'s rule from its params, not from its message', () => {
    const issue = cellIssue({ code: 'custom', path: ['salary_min'], message: 'anything', params: { rule: 'salary-order' }, input: 7 }, { salary_min: '7 juta' }, at);
    expect(issue).toEqual({ type: 'row/salary-order', severity: 'error', ...at, field: 'salary_min', value: '7 juta' });
  });

  it('calls an empty cell required, whatever zod says', () => {
    expect(cellIssue({ code: 'invalid_type', expected: 'string', path: ['title'], message: '' }, {}, at).type).toBe('row/required');
  });

  it('keeps a zod problem no rule names as an invalid cell listing its code, instead of a silent generic text', () => {
    const issue = cellIssue({ code: 'not_multiple_of', divisor: 5, path: ['openings'], message: '', input: 3 }, { openings: '3' }, at);
    expect(issue).toMatchObject({ type: 'row/invalid-cell', problem: 'not_multiple_of' });
    expect(texts([issue])).toMatchInlineSnapshot(`
      [
        "Isi openings "3" tidak sah (not_multiple_of).",
      ]
    `);
  });

  it('quotes at most 200 characters of a cell', () => {
    const issue = cellIssue({ code: 'invalid_format', format: 'date', path: ['date_posted'], message: '' }, { date_posted: 'x'.repeat(300) }, at);
    expect(issue.value).toBe(`${'x'.repeat(200)}…`);
  });
});
