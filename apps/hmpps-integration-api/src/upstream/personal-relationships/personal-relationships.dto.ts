import {
  ContactAddress,
  ContactPhoneNumber,
  ContactRestriction,
  DetailedContact,
  PrisonerContact,
} from '../../domain/contact';

type Nullable<T> = { [K in keyof T]?: T[K] | null };

/** Personal Relationships `PrisonerContactSummary`: one flat record per prisoner–contact relationship. */
export type PrisonerContactSummaryDto = Nullable<PrisonerContact['contact']> & {
  relationshipTypeCode?: string | null;
  relationshipTypeDescription?: string | null;
  relationshipToPrisonerCode?: string | null;
  relationshipToPrisonerDescription?: string | null;
  isApprovedVisitor?: boolean | null;
  isNextOfKin?: boolean | null;
  isEmergencyContact?: boolean | null;
  isRelationshipActive?: boolean | null;
  currentTerm?: boolean | null;
  comments?: string | null;
};

export function toPrisonerContact(dto: PrisonerContactSummaryDto): PrisonerContact {
  return {
    contact: {
      contactId: dto.contactId ?? null,
      lastName: dto.lastName ?? null,
      firstName: dto.firstName ?? null,
      middleNames: dto.middleNames ?? null,
      dateOfBirth: dto.dateOfBirth ?? null,
      flat: dto.flat ?? null,
      property: dto.property ?? null,
      street: dto.street ?? null,
      area: dto.area ?? null,
      cityCode: dto.cityCode ?? null,
      cityDescription: dto.cityDescription ?? null,
      countyCode: dto.countyCode ?? null,
      countyDescription: dto.countyDescription ?? null,
      postCode: dto.postCode ?? null,
      countryCode: dto.countryCode ?? null,
      countryDescription: dto.countryDescription ?? null,
      primaryAddress: dto.primaryAddress ?? null,
      mailAddress: dto.mailAddress ?? null,
      phoneType: dto.phoneType ?? null,
      phoneTypeDescription: dto.phoneTypeDescription ?? null,
      phoneNumber: dto.phoneNumber ?? null,
      extNumber: dto.extNumber ?? null,
    },
    relationship: {
      relationshipTypeCode: dto.relationshipTypeCode ?? null,
      relationshipTypeDescription: dto.relationshipTypeDescription ?? null,
      relationshipToPrisonerCode: dto.relationshipToPrisonerCode ?? null,
      relationshipToPrisonerDescription: dto.relationshipToPrisonerDescription ?? null,
      approvedVisitor: dto.isApprovedVisitor ?? null,
      nextOfKin: dto.isNextOfKin ?? null,
      emergencyContact: dto.isEmergencyContact ?? null,
      isRelationshipActive: dto.isRelationshipActive ?? null,
      currentTerm: dto.currentTerm ?? null,
      comments: dto.comments ?? null,
    },
  };
}

type PhoneNumberDto = Nullable<ContactPhoneNumber>;
type AddressDto = Nullable<Omit<ContactAddress, 'phoneNumbers'>> & { phoneNumbers?: PhoneNumberDto[] | null };

/** Personal Relationships `ContactDetails` (the contact's own id is `id` upstream). */
export type ContactDetailsDto = Nullable<
  Omit<DetailedContact, 'contactId' | 'addresses' | 'phoneNumbers' | 'emailAddresses'>
> & {
  id?: number | null;
  addresses?: AddressDto[] | null;
  phoneNumbers?: PhoneNumberDto[] | null;
  emailAddresses?: { emailAddress?: string | null }[] | null;
};

function toPhoneNumber(dto: PhoneNumberDto): ContactPhoneNumber {
  return {
    phoneType: dto.phoneType ?? null,
    phoneTypeDescription: dto.phoneTypeDescription ?? null,
    phoneNumber: dto.phoneNumber ?? null,
    extNumber: dto.extNumber ?? null,
  };
}

function toContactAddress(dto: AddressDto): ContactAddress {
  return {
    addressType: dto.addressType ?? null,
    addressTypeDescription: dto.addressTypeDescription ?? null,
    primaryAddress: dto.primaryAddress ?? null,
    flat: dto.flat ?? null,
    property: dto.property ?? null,
    street: dto.street ?? null,
    area: dto.area ?? null,
    cityCode: dto.cityCode ?? null,
    cityDescription: dto.cityDescription ?? null,
    countyCode: dto.countyCode ?? null,
    countyDescription: dto.countyDescription ?? null,
    postcode: dto.postcode ?? null,
    countryCode: dto.countryCode ?? null,
    countryDescription: dto.countryDescription ?? null,
    verified: dto.verified ?? null,
    verifiedBy: dto.verifiedBy ?? null,
    verifiedTime: dto.verifiedTime ?? null,
    mailFlag: dto.mailFlag ?? null,
    startDate: dto.startDate ?? null,
    endDate: dto.endDate ?? null,
    noFixedAddress: dto.noFixedAddress ?? null,
    comments: dto.comments ?? null,
    phoneNumbers: (dto.phoneNumbers ?? []).map(toPhoneNumber),
    createdTime: dto.createdTime ?? null,
    updatedTime: dto.updatedTime ?? null,
  };
}

export function toDetailedContact(dto: ContactDetailsDto): DetailedContact {
  return {
    contactId: dto.id ?? null,
    titleCode: dto.titleCode ?? null,
    titleDescription: dto.titleDescription ?? null,
    lastName: dto.lastName ?? null,
    firstName: dto.firstName ?? null,
    middleNames: dto.middleNames ?? null,
    dateOfBirth: dto.dateOfBirth ?? null,
    isStaff: dto.isStaff ?? null,
    deceasedDate: dto.deceasedDate ?? null,
    languageCode: dto.languageCode ?? null,
    languageDescription: dto.languageDescription ?? null,
    interpreterRequired: dto.interpreterRequired ?? null,
    addresses: (dto.addresses ?? []).map(toContactAddress),
    phoneNumbers: (dto.phoneNumbers ?? []).map(toPhoneNumber),
    emailAddresses: (dto.emailAddresses ?? []).map((email) => ({ emailAddress: email.emailAddress ?? null })),
    genderCode: dto.genderCode ?? null,
    genderDescription: dto.genderDescription ?? null,
  };
}

/** Personal Relationships `LinkedPrisonerDetails`: the prisoners a contact is related to. */
export type ContactRestrictionDto = Nullable<ContactRestriction>;

/** `PrisonerContactRestrictionsResponse`: restrictions on one relationship plus the contact's global ones. */
export interface PrisonerContactRestrictionsDto {
  prisonerContactRestrictions?: ContactRestrictionDto[] | null;
  contactGlobalRestrictions?: ContactRestrictionDto[] | null;
}

/** Every field of HEAD's `ContactRestriction` is a non-null String: a field the upstream leaves out is empty text. */
export function toContactRestriction(dto: ContactRestrictionDto): ContactRestriction {
  return {
    restrictionType: dto.restrictionType ?? '',
    restrictionTypeDescription: dto.restrictionTypeDescription ?? '',
    startDate: dto.startDate ?? '',
    expiryDate: dto.expiryDate ?? '',
    comments: dto.comments ?? '',
    enteredByUsername: dto.enteredByUsername ?? '',
    enteredByDisplayName: dto.enteredByDisplayName ?? '',
    createdBy: dto.createdBy ?? '',
    createdTime: dto.createdTime ?? '',
    updatedBy: dto.updatedBy ?? '',
    updatedTime: dto.updatedTime ?? '',
  };
}
