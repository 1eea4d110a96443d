import type { BirthDate } from './birth-date';

export const COUNTRIES = ['england', 'wales', 'scotland', 'northern ireland'] as const;
export type Country = (typeof COUNTRIES)[number];

/** A validated request; names are already normalised. */
export interface MatchPayload {
  readonly birthReferenceNumber?: string;
  readonly firstName: string;
  readonly additionalNames?: string;
  readonly lastName: string;
  readonly dateOfBirth: BirthDate;
  readonly whereBirthRegistered: Country;
}
