import { Address } from '../../domain/address';
import { Offender, ProbationCharacteristics } from '../../domain/offender';
import { Alias, Person } from '../../domain/person';
import { CodeDescription } from '../../domain/protected-characteristics';

/**
 * The parts of the probation `Offender` this API reads: nDelius' `POST /search/probation-cases` and
 * Probation Offender Search's person search answer the same model.
 */
export interface OffenderAliasDto {
  firstName?: string | null;
  middleNames?: string[] | null;
  surname?: string | null;
  dateOfBirth?: string | null;
  gender?: string | null;
}

export interface DeliusAddressDto {
  addressNumber?: string | null;
  buildingName?: string | null;
  streetName?: string | null;
  district?: string | null;
  town?: string | null;
  county?: string | null;
  postcode?: string | null;
  from?: string | null;
  to?: string | null;
  noFixedAbode?: boolean | null;
  notes?: string | null;
  type?: { code?: string | null; description?: string | null } | null;
}

export interface DisabilityDto {
  disabilityType?: CodeDescription | null;
  condition?: CodeDescription | null;
  startDate?: string | null;
  endDate?: string | null;
  notes?: string | null;
}

export interface OffenderDto {
  firstName?: string | null;
  middleNames?: string[] | null;
  surname?: string | null;
  dateOfBirth?: string | null;
  gender?: string | null;
  age?: number | null;
  otherIds?: {
    crn?: string | null;
    pncNumber?: string | null;
    croNumber?: string | null;
    nomsNumber?: string | null;
  } | null;
  contactDetails?: {
    phoneNumbers?: { number?: string | null; type?: string | null }[] | null;
    emailAddresses?: string[] | null;
  } | null;
  offenderProfile?: {
    ethnicity?: string | null;
    nationality?: string | null;
    religion?: string | null;
    sexualOrientation?: string | null;
    disabilities?: DisabilityDto[] | null;
  } | null;
  offenderAliases?: OffenderAliasDto[] | null;
  currentRestriction?: boolean | null;
  restrictionMessage?: string | null;
  currentExclusion?: boolean | null;
  exclusionMessage?: string | null;
  activeProbationManagedSentence?: boolean | null;
}

function toAlias(alias: OffenderAliasDto): Alias {
  return {
    firstName: alias.firstName ?? null,
    lastName: alias.surname ?? null,
    middleName: (alias.middleNames ?? []).join(' '),
    dateOfBirth: alias.dateOfBirth ?? null,
    gender: alias.gender ?? null,
    ethnicity: null,
  };
}

/** hmppsId is the CRN when probation has one, otherwise the NOMIS number. */
function offenderToPerson(offender: OffenderDto): Person {
  const ids = offender.otherIds ?? {};
  return {
    firstName: offender.firstName ?? null,
    lastName: offender.surname ?? null,
    middleName: (offender.middleNames ?? []).join(' '),
    dateOfBirth: offender.dateOfBirth ?? null,
    gender: offender.gender ?? null,
    ethnicity: offender.offenderProfile?.ethnicity ?? null,
    aliases: (offender.offenderAliases ?? []).map(toAlias),
    identifiers: {
      nomisNumber: ids.nomsNumber ?? null,
      croNumber: ids.croNumber ?? null,
      deliusCrn: ids.crn ?? null,
    },
    pncId: ids.pncNumber ?? null,
    hmppsId: ids.crn ?? ids.nomsNumber ?? null,
    contactDetails: {
      phoneNumbers: (offender.contactDetails?.phoneNumbers ?? []).map((phone) => ({
        number: phone.number ?? null,
        type: phone.type ?? null,
      })),
      emails: offender.contactDetails?.emailAddresses ?? [],
    },
    currentRestriction: offender.currentRestriction ?? null,
    restrictionMessage: offender.restrictionMessage ?? null,
    currentExclusion: offender.currentExclusion ?? null,
    exclusionMessage: offender.exclusionMessage ?? null,
  };
}

/** A probation address, as nDelius' `/case/{crn}/addresses` gives it. */
export function toAddress(address: DeliusAddressDto): Address {
  return {
    country: null,
    county: address.county ?? null,
    endDate: address.to ?? null,
    locality: address.district ?? null,
    name: address.buildingName ?? null,
    noFixedAddress: address.noFixedAbode ?? null,
    number: address.addressNumber ?? null,
    postcode: address.postcode ?? null,
    startDate: address.from ?? null,
    street: address.streetName ?? null,
    town: address.town ?? null,
    types: address.type?.code
      ? [{ code: address.type.code, description: address.type.description ?? address.type.code }]
      : [],
    notes: address.notes ?? null,
  };
}

/** The probation half; marital status and reasonable adjustments come from the prison side. */
function offenderCharacteristics(offender: OffenderDto): ProbationCharacteristics {
  const profile = offender.offenderProfile ?? {};
  return {
    age: offender.age ?? null,
    gender: offender.gender ?? null,
    sexualOrientation: profile.sexualOrientation ?? null,
    ethnicity: profile.ethnicity ?? null,
    nationality: profile.nationality ?? null,
    religion: profile.religion ?? null,
    disabilities: (profile.disabilities ?? []).map((disability) => ({
      disabilityType: disability.disabilityType ?? null,
      condition: disability.condition ?? null,
      startDate: disability.startDate ?? null,
      endDate: disability.endDate ?? null,
      notes: disability.notes ?? null,
    })),
  };
}

/** The one reading of a probation search hit: every view of the person this API answers. */
export function toOffender(offender: OffenderDto): Offender {
  return {
    crn: offender.otherIds?.crn ?? null,
    nomisNumber: offender.otherIds?.nomsNumber ?? null,
    underActiveSupervision: offender.activeProbationManagedSentence ?? null,
    person: offenderToPerson(offender),
    characteristics: offenderCharacteristics(offender),
  };
}
