import { Person, PersonInPrison } from './person';
import { Language, PersonalCareNeed, PhysicalCharacteristics } from './prisoner-profile';

/**
 * A prisoner as Prisoner Search knows them: where they are held, and the views of them this API answers
 * (the person endpoints', the prison endpoints' and reception's), read from one search answer.
 */
export interface Prisoner {
  nomisNumber: string;
  /** Prisoner Search's status, e.g. `ACTIVE IN` or `INACTIVE OUT`; `ACTIVE…` means held in a prison. */
  status: string | null;
  /** `IN` while inside the prison, `OUT` or `TRN` otherwise. */
  inOutStatus: string | null;
  prisonId: string | null;
  prisonName: string | null;
  cellLocation: string | null;
  /** The current booking, which Prison API's per-booking records are kept under. */
  bookingId: string | null;
  maritalStatus: string | null;
  /** Prisoner Search's smoker field, as it gives it. */
  smoker: string | null;
  /** As the person endpoints answer them: the hmppsId is the prisoner number; no CRN or LAO status. */
  person: Person;
  /** As the prison endpoints answer them. */
  inPrison: PersonInPrison;
  /** Null when Prisoner Search holds no such list for the prisoner. */
  careNeeds: PersonalCareNeed[] | null;
  languages: Language[] | null;
  physicalCharacteristics: PhysicalCharacteristics;
}
