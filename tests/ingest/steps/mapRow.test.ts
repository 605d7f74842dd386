import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mapRow } from '../../../src/lib/ingest/steps/mapRow';
import { mapping } from './texts';

describe('mapRow (map)', () => {
  it('puts each cell under its field, leaving empty cells and placeholders out', () => {
    const config = mapping({ placeholders: ['Tidak ada'] });
    expect(mapRow(['A-1', 'N/A', '-', 'tidak ada', 'Kasir'], ['id', 'a', 'b', 'c', 'title'], ['id', 'region', 'benefits', 'requirements', 'title'], config))
      .toEqual({ row: { id: 'A-1', title: 'Kasir' }, defaulted: [], inferred: [], payCurrencies: [] });
  });

  it('splits a pay range into salary_min and salary_max, from a salary_range column or the minimum column', () => {
    expect(mapRow(['Rp 5.000.000 – Rp 7.000.000'], ['gaji'], ['salary_range'], mapping()).row).toEqual({ salary_min: '5000000', salary_max: '7000000' });
    expect(mapRow(['Rp 4-5 juta'], ['gaji minimal'], ['salary_min'], mapping()).row).toEqual({ salary_min: '4000000', salary_max: '5000000' });
    expect(mapRow(['lima juta'], ['gaji'], ['salary_range'], mapping()).row).toEqual({ salary_min: 'lima juta' });
  });

  it('fills defaults only where the cell is empty, and lists them as defaulted', () => {
    const config = mapping({ defaults: { openings: '1', country: 'JP' } });
    expect(mapRow(['3', ''], ['jumlah', 'negara'], ['openings', 'country'], config)).toEqual({ row: { openings: '3', country: 'JP' }, defaulted: ['country'], inferred: [], payCurrencies: [] });
  });

  it('derives an id from a hash of the listed columns and valid_through from date_posted', () => {
    const config = mapping({ derive: { id: ['Posisi', 'Tanggal'], valid_through_days: 30 } });
    const { row, defaulted } = mapRow(['Kasir', '03/03/2025'], ['Posisi', 'Tanggal'], ['title', 'date_posted'], config);
    expect(row.id).toBe(`h${createHash('sha1').update('Kasir\u000003/03/2025').digest('hex').slice(0, 12)}`);
    expect(row.valid_through).toBe('2025-04-02');
    expect(defaulted).toEqual(['id', 'valid_through']);
  });
});
