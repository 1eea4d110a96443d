import { readString } from '@libs/upstream';
import { Alias, Person, PersonInPrison } from '../../domain/person';
import { Prisoner } from '../../domain/prisoner';
import { toLanguages, toPersonalCareNeeds, toPhysicalCharacteristics } from './prisoner-profile.dto';

/** The parts of Prisoner Offender Search's `Prisoner` this API reads. */
export interface PrisonerAliasDto {
  firstName?: string | null;
  middleNames?: string | null;
  lastName?: string | null;
  dateOfBirth?: string | null;
  gender?: string | null;
  ethnicity?: string | null;
}

export interface PrisonerDto {
  prisonerNumber: string;
  pncNumber?: string | null;
  croNumber?: string | null;
  bookingId?: string | null;
  firstName?: string | null;
  middleNames?: string | null;
  lastName?: string | null;
  dateOfBirth?: string | null;
  gender?: string | null;
  ethnicity?: string | null;
  maritalStatus?: string | null;
  status?: string | null;
  inOutStatus?: string | null;
  prisonId?: string | null;
  prisonName?: string | null;
  cellLocation?: string | null;
  category?: string | null;
  csra?: string | null;
  receptionDate?: string | null;
  /** Free text upstream; anything but a string is read as not given. */
  smoker?: unknown;
  /** Required in prisoner search's own model. */
  youthOffender?: boolean | null;
  aliases?: PrisonerAliasDto[] | null;
  /** Other numbers and references; a `MERGED` one is a prisoner number merged into this prisoner's. */
  identifiers?: { type?: string | null; value?: string | null }[] | null;
}

function toAlias(alias: PrisonerAliasDto): Alias {
  return {
    firstName: alias.firstName ?? null,
    lastName: alias.lastName ?? null,
    middleName: alias.middleNames ?? null,
    dateOfBirth: alias.dateOfBirth ?? null,
    gender: alias.gender ?? null,
    ethnicity: alias.ethnicity ?? null,
  };
}

function commonFields(prisoner: PrisonerDto) {
  return {
    firstName: prisoner.firstName ?? null,
    lastName: prisoner.lastName ?? null,
    middleName: prisoner.middleNames ?? null,
    dateOfBirth: prisoner.dateOfBirth ?? null,
    gender: prisoner.gender ?? null,
    ethnicity: prisoner.ethnicity ?? null,
    aliases: (prisoner.aliases ?? []).map(toAlias),
    identifiers: {
      nomisNumber: prisoner.prisonerNumber,
      croNumber: prisoner.croNumber ?? null,
      deliusCrn: null,
    },
    pncId: prisoner.pncNumber ?? null,
  };
}

/** Prisoner search knows no CRN or LAO status: those stay null; the hmppsId is the prisoner number, as HEAD's. */
function prisonerToPerson(prisoner: PrisonerDto): Person {
  return {
    ...commonFields(prisoner),
    hmppsId: prisoner.prisonerNumber,
    contactDetails: null,
    currentRestriction: null,
    restrictionMessage: null,
    currentExclusion: null,
    exclusionMessage: null,
  };
}

function prisonerToPersonInPrison(prisoner: PrisonerDto): PersonInPrison {
  return {
    ...commonFields(prisoner),
    category: prisoner.category ?? null,
    csra: prisoner.csra ?? null,
    receptionDate: prisoner.receptionDate ?? null,
    status: prisoner.status ?? null,
    prisonId: prisoner.prisonId ?? null,
    prisonName: prisoner.prisonName ?? null,
    cellLocation: prisoner.cellLocation ?? null,
    youthOffender: prisoner.youthOffender ?? false,
  };
}

/** The one reading of a Prisoner Search answer: every view of the prisoner this API answers. */
export function toPrisoner(prisoner: PrisonerDto): Prisoner {
  return {
    nomisNumber: prisoner.prisonerNumber,
    inOutStatus: prisoner.inOutStatus ?? null,
    bookingId: prisoner.bookingId ?? null,
    maritalStatus: prisoner.maritalStatus ?? null,
    smoker: readString(prisoner.smoker),
    person: prisonerToPerson(prisoner),
    inPrison: prisonerToPersonInPrison(prisoner),
    careNeeds: toPersonalCareNeeds(prisoner),
    languages: toLanguages(prisoner),
    physicalCharacteristics: toPhysicalCharacteristics(prisoner),
  };
}
