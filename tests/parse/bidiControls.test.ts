import { describe, expect, it } from 'vitest';
import { removeBidiControls } from '../../src/lib/parse/bidiControls';

describe('removeBidiControls', () => {
  it('removes overrides, embeddings, isolates and marks, keeping every other character', () => {
    expect(removeBidiControls('Kasir \u202egnalum\u202c \u2067Toko\u2069 \u200fA\u200e\u061c')).toBe('Kasir gnalum Toko A');
    expect(removeBidiControls('مرحبا Café – 5.000.000')).toBe('مرحبا Café – 5.000.000');
  });
});
