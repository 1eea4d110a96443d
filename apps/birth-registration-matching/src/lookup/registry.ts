import type { Country } from '../payload/match-payload';

/** The civil-registration systems BRM can ask. */
export type Registry = 'gro' | 'nrs' | 'groni';

export function registryFor(country: Country): Registry {
  switch (country) {
    case 'england':
    case 'wales':
      return 'gro';
    case 'scotland':
      return 'nrs';
    case 'northern ireland':
      return 'groni';
  }
}

/** Reference lookup when the payload carries a birth reference number, details lookup otherwise. */
export type LookupType = 'reference' | 'details';
