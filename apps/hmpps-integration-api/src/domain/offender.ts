import { Person, PersonOnProbation } from './person';
import { ProtectedCharacteristics } from './protected-characteristics';

/** The probation half of a person's protected characteristics; marital status and adjustments are the prison's. */
export type ProbationCharacteristics = Omit<ProtectedCharacteristics, 'maritalStatus' | 'reasonableAdjustments'>;

/** A person on probation as nDelius' probation case search knows them, with the views this API answers. */
export interface Offender {
  crn: string | null;
  nomisNumber: string | null;
  /** Whether probation manages a sentence of theirs now; null when probation does not say. */
  underActiveSupervision: boolean | null;
  /** hmppsId is the CRN when probation has one, otherwise the NOMIS number; LAO fields as probation gives them. */
  person: Person;
  characteristics: ProbationCharacteristics;
}

/** The reference drops the LAO fields when it builds this object; they stay in the contract, null. */
export function personOnProbation(offender: Offender): PersonOnProbation {
  return {
    underActiveSupervision: offender.underActiveSupervision,
    ...offender.person,
    currentRestriction: null,
    restrictionMessage: null,
    currentExclusion: null,
    exclusionMessage: null,
  };
}
