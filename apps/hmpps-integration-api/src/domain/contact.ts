/** A prisoner's contact with their relationship to the prisoner (spec §5.5 #40). */
export interface PrisonerContact {
  contact: {
    contactId: number | null;
    lastName: string | null;
    firstName: string | null;
    middleNames: string | null;
    dateOfBirth: string | null;
    flat: string | null;
    property: string | null;
    street: string | null;
    area: string | null;
    cityCode: string | null;
    cityDescription: string | null;
    countyCode: string | null;
    countyDescription: string | null;
    postCode: string | null;
    countryCode: string | null;
    countryDescription: string | null;
    primaryAddress: boolean | null;
    mailAddress: boolean | null;
    phoneType: string | null;
    phoneTypeDescription: string | null;
    phoneNumber: string | null;
    extNumber: string | null;
  };
  relationship: {
    relationshipTypeCode: string | null;
    relationshipTypeDescription: string | null;
    relationshipToPrisonerCode: string | null;
    relationshipToPrisonerDescription: string | null;
    approvedVisitor: boolean | null;
    nextOfKin: boolean | null;
    emergencyContact: boolean | null;
    isRelationshipActive: boolean | null;
    currentTerm: boolean | null;
    comments: string | null;
  };
}

export interface ContactPhoneNumber {
  phoneType: string | null;
  phoneTypeDescription: string | null;
  phoneNumber: string | null;
  extNumber: string | null;
}

export interface ContactAddress {
  addressType: string | null;
  addressTypeDescription: string | null;
  primaryAddress: boolean | null;
  flat: string | null;
  property: string | null;
  street: string | null;
  area: string | null;
  cityCode: string | null;
  cityDescription: string | null;
  countyCode: string | null;
  countyDescription: string | null;
  postcode: string | null;
  countryCode: string | null;
  countryDescription: string | null;
  verified: boolean | null;
  verifiedBy: string | null;
  verifiedTime: string | null;
  mailFlag: boolean | null;
  startDate: string | null;
  endDate: string | null;
  noFixedAddress: boolean | null;
  comments: string | null;
  phoneNumbers: ContactPhoneNumber[];
  createdTime: string | null;
  updatedTime: string | null;
}

/** One contact in full (spec §5.5 #41). */
export interface DetailedContact {
  contactId: number | null;
  titleCode: string | null;
  titleDescription: string | null;
  lastName: string | null;
  firstName: string | null;
  middleNames: string | null;
  dateOfBirth: string | null;
  isStaff: boolean | null;
  deceasedDate: string | null;
  languageCode: string | null;
  languageDescription: string | null;
  interpreterRequired: boolean | null;
  addresses: ContactAddress[];
  phoneNumbers: ContactPhoneNumber[];
  emailAddresses: { emailAddress: string | null }[];
  genderCode: string | null;
  genderDescription: string | null;
}

/** A restriction on a visitor, either on one relationship or on the contact everywhere. */
export interface ContactRestriction {
  restrictionType: string;
  restrictionTypeDescription: string;
  startDate: string;
  expiryDate: string;
  comments: string;
  enteredByUsername: string;
  enteredByDisplayName: string;
  createdBy: string;
  createdTime: string;
  updatedBy: string;
  updatedTime: string;
}

export interface PrisonerContactRestrictions {
  prisonerContactRestrictions: ContactRestriction[];
  contactGlobalRestrictions: ContactRestriction[];
}
