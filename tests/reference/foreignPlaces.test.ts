import { describe, expect, it } from 'vitest';
import { countryAbroad, loadForeignPlaces } from '../../src/lib/reference/foreignPlaces';

const abroad = (text: string) => countryAbroad(loadForeignPlaces(), text)?.code;

describe('countryAbroad', () => {
  it('finds the country of a city or country named abroad', () => {
    expect(['Manila', 'Cebu', 'Singapore', 'Kuala Lumpur', 'Taipei', 'Houston, Texas', 'Dubai', 'Japan', 'Filipina'].map(abroad))
      .toEqual(['PH', 'PH', 'SG', 'MY', 'TW', 'US', 'AE', 'JP', 'PH']);
  });

  it('never takes a name an Indonesian city also uses, nor Indonesia itself, for a place abroad', () => {
    expect(['Bandung', 'Medan', 'Jakarta', 'Indonesia', 'Kota Bandung'].map(abroad)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
