/**
 * Where a record came from: the upstream (`serviceSource`, HEAD's `UpstreamApi` constant) and the family of
 * systems (`systemSource`).
 */
export type ServiceSource = 'PRISON_API' | 'NDELIUS';
export type SystemSource = 'PRISON_SYSTEMS' | 'PROBATION_SYSTEMS';

export const PRISON_SOURCE = { serviceSource: 'PRISON_API', systemSource: 'PRISON_SYSTEMS' } as const;
export const PROBATION_SOURCE = { serviceSource: 'NDELIUS', systemSource: 'PROBATION_SYSTEMS' } as const;

export interface SentenceTerm {
  years: number | null;
  months: number | null;
  weeks: number | null;
  days: number | null;
  hours: number | null;
  prisonTermCode: string | null;
}

export interface SentenceLength {
  duration: number | null;
  units: string | null;
  terms: SentenceTerm[];
}

/** A sentence from NOMIS or nDelius (spec §5.3 #17). */
export interface Sentence {
  serviceSource: ServiceSource;
  systemSource: SystemSource;
  dateOfSentencing: string | null;
  description: string | null;
  isActive: boolean | null;
  isCustodial: boolean;
  fineAmount: number | null;
  length: SentenceLength;
}

/** Newest sentencing date first; sentences without a date go last. */
export function byDateOfSentencingDescending(a: Sentence, b: Sentence): number {
  return (b.dateOfSentencing ?? '').localeCompare(a.dateOfSentencing ?? '');
}
