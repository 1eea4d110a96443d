export const GENDERS = ['MALE', 'FEMALE', 'NOT_KNOWN', 'NOT_SPECIFIED'] as const;
export type Gender = (typeof GENDERS)[number];

/** The value shown for an LRS learner whose gender code is missing or not one of ours. */
export const UNKNOWN_GENDER = 'Unknown';

const LRS_CODES: Record<Gender, string> = { MALE: '1', FEMALE: '2', NOT_KNOWN: '0', NOT_SPECIFIED: '9' };

export function genderToLrsCode(gender: Gender): string {
  return LRS_CODES[gender];
}

export function genderFromLrsCode(code: string | undefined): Gender | typeof UNKNOWN_GENDER {
  const match = GENDERS.find((gender) => LRS_CODES[gender] === code);
  return match ?? UNKNOWN_GENDER;
}
