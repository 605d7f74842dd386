import { describe, expect, it } from 'vitest';
import { classifyOpen } from '../../src/lib/ingest/classifyOpen';

describe('classifyOpen', () => {
  it('keeps an open vacancy open through its last day', () => {
    expect(classifyOpen({ status: 'open', valid_through: '2025-04-15' }, '2025-04-15')).toEqual({ is_open: true });
  });

  it('closes a vacancy past its valid_through as expired', () => {
    expect(classifyOpen({ status: 'open', valid_through: '2025-04-14' }, '2025-04-15')).toEqual({ is_open: false, closed_reason: 'expired' });
  });

  it('closes filled and cancelled vacancies whatever their date', () => {
    expect(classifyOpen({ status: 'filled', valid_through: '2099-01-01' }, '2025-04-15')).toEqual({ is_open: false, closed_reason: 'filled' });
    expect(classifyOpen({ status: 'cancelled', valid_through: '2099-01-01' }, '2025-04-15')).toEqual({ is_open: false, closed_reason: 'cancelled' });
  });
});
