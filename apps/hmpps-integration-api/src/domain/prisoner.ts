import { Person, PersonInPrison } from './person';
import { Language, PersonalCareNeed, PhysicalCharacteristics } from './prisoner-profile';

/**
 * A prisoner as Prisoner Search knows them: the views of them this API answers (the person endpoints',
 * the prison endpoints' and reception's), read from one search answer, and what only services read. Where
 * they are held (`inPrison.prisonId`, `prisonName`, `cellLocation`, `status`) is in the prison view.
 */
export interface Prisoner {
  nomisNumber: string;
  /** `IN` while inside the prison, `OUT` or `TRN` otherwise. */
  inOutStatus: string | null;
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
