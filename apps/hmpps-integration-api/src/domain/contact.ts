import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const text = () => ApiProperty({ type: String, nullable: true });
const flag = () => ApiProperty({ type: Boolean, nullable: true });

/** A prisoner's contact (classes, so that the same declarations are the OpenAPI schemas). */
export class Contact {
  @ApiProperty({ type: 'integer', nullable: true })
  contactId!: number | null;

  @text()
  lastName!: string | null;

  @text()
  firstName!: string | null;

  @text()
  middleNames!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  dateOfBirth!: string | null;

  @text()
  flat!: string | null;

  @text()
  property!: string | null;

  @text()
  street!: string | null;

  @text()
  area!: string | null;

  @text()
  cityCode!: string | null;

  @text()
  cityDescription!: string | null;

  @text()
  countyCode!: string | null;

  @text()
  countyDescription!: string | null;

  @text()
  postCode!: string | null;

  @text()
  countryCode!: string | null;

  @text()
  countryDescription!: string | null;

  @flag()
  primaryAddress!: boolean | null;

  @flag()
  mailAddress!: boolean | null;

  @text()
  phoneType!: string | null;

  @text()
  phoneTypeDescription!: string | null;

  @text()
  phoneNumber!: string | null;

  @text()
  extNumber!: string | null;
}

export class Relationship {
  @text()
  relationshipTypeCode!: string | null;

  @text()
  relationshipTypeDescription!: string | null;

  @text()
  relationshipToPrisonerCode!: string | null;

  @text()
  relationshipToPrisonerDescription!: string | null;

  @flag()
  approvedVisitor!: boolean | null;

  @flag()
  nextOfKin!: boolean | null;

  @flag()
  emergencyContact!: boolean | null;

  @flag()
  isRelationshipActive!: boolean | null;

  @flag()
  currentTerm!: boolean | null;

  @text()
  comments!: string | null;
}

/** A prisoner's contact with their relationship to the prisoner (spec §5.5 #40). */
export class PrisonerContact {
  @ApiProperty({ type: Contact })
  contact!: Contact;

  @ApiProperty({ type: Relationship })
  relationship!: Relationship;
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

/** A class, so that the same declaration is the OpenAPI schema; the restrictions are not described there. */
export class PrisonerContactRestrictions {
  @ApiPropertyOptional({ type: Object, isArray: true })
  prisonerContactRestrictions!: ContactRestriction[];

  @ApiPropertyOptional({ type: Object, isArray: true })
  contactGlobalRestrictions!: ContactRestriction[];
}
