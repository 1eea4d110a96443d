/** The forms an hmppsId can take. Matching is case-sensitive, as in the reference. */
export const NOMIS_NUMBER_PATTERN = /^[A-Z]\d{4}[A-Z]{2}$/;
export const CRN_PATTERN = /^[A-Z]{1,2}\d{6}$/;
export const PNC_PATTERN = /^[0-9]+\/[0-9A-Za-z]+$/;

export type HmppsIdType = 'NOMS' | 'CRN' | 'UNKNOWN';

/** NOMS first, then CRN; a PNC is UNKNOWN here because only probation search understands it. */
export function identifyHmppsId(id: string): HmppsIdType {
  if (NOMIS_NUMBER_PATTERN.test(id)) return 'NOMS';
  if (CRN_PATTERN.test(id)) return 'CRN';
  return 'UNKNOWN';
}

export function isNomisNumber(id: string): boolean {
  return NOMIS_NUMBER_PATTERN.test(id);
}

export function isPncNumber(id: string): boolean {
  return PNC_PATTERN.test(id);
}
