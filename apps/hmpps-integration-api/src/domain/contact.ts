import { ApiProperty } from '@nestjs/swagger';

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

/** A prisoner's contact with their relationship to the prisoner. */
export class PrisonerContact {
  @ApiProperty({ type: Contact })
  contact!: Contact;

  @ApiProperty({ type: Relationship })
  relationship!: Relationship;
}

export class ContactPhoneNumber {
  @text()
  phoneType!: string | null;

  @text()
  phoneTypeDescription!: string | null;

  @text()
  phoneNumber!: string | null;

  @text()
  extNumber!: string | null;
}

export class ContactAddress {
  @text()
  addressType!: string | null;

  @text()
  addressTypeDescription!: string | null;

  @flag()
  primaryAddress!: boolean | null;

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
  postcode!: string | null;

  @text()
  countryCode!: string | null;

  @text()
  countryDescription!: string | null;

  @flag()
  verified!: boolean | null;

  @text()
  verifiedBy!: string | null;

  @text()
  verifiedTime!: string | null;

  @flag()
  mailFlag!: boolean | null;

  @text()
  startDate!: string | null;

  @text()
  endDate!: string | null;

  @flag()
  noFixedAddress!: boolean | null;

  @text()
  comments!: string | null;

  @ApiProperty({ type: ContactPhoneNumber, isArray: true })
  phoneNumbers!: ContactPhoneNumber[];

  @text()
  createdTime!: string | null;

  @text()
  updatedTime!: string | null;
}

export class ContactEmailAddress {
  @text()
  emailAddress!: string | null;
}

/** One contact in full; every field is null where Personal Relationships has none. */
export class DetailedContact {
  @ApiProperty({ type: 'integer', nullable: true })
  contactId!: number | null;

  @text()
  titleCode!: string | null;

  @text()
  titleDescription!: string | null;

  @text()
  lastName!: string | null;

  @text()
  firstName!: string | null;

  @text()
  middleNames!: string | null;

  @text()
  dateOfBirth!: string | null;

  @flag()
  isStaff!: boolean | null;

  @text()
  deceasedDate!: string | null;

  @text()
  languageCode!: string | null;

  @text()
  languageDescription!: string | null;

  @flag()
  interpreterRequired!: boolean | null;

  @ApiProperty({ type: ContactAddress, isArray: true })
  addresses!: ContactAddress[];

  @ApiProperty({ type: ContactPhoneNumber, isArray: true })
  phoneNumbers!: ContactPhoneNumber[];

  @ApiProperty({ type: ContactEmailAddress, isArray: true })
  emailAddresses!: ContactEmailAddress[];

  @text()
  genderCode!: string | null;

  @text()
  genderDescription!: string | null;
}

/**
 * A restriction on a visitor, either on one relationship or on the contact everywhere: every field text,
 * empty where Personal Relationships has none.
 */
export class ContactRestriction {
  @ApiProperty()
  restrictionType!: string;

  @ApiProperty()
  restrictionTypeDescription!: string;

  @ApiProperty()
  startDate!: string;

  @ApiProperty()
  expiryDate!: string;

  @ApiProperty()
  comments!: string;

  @ApiProperty()
  enteredByUsername!: string;

  @ApiProperty()
  enteredByDisplayName!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiProperty()
  createdTime!: string;

  @ApiProperty()
  updatedBy!: string;

  @ApiProperty()
  updatedTime!: string;
}

export class PrisonerContactRestrictions {
  @ApiProperty({ type: ContactRestriction, isArray: true })
  prisonerContactRestrictions!: ContactRestriction[];

  @ApiProperty({ type: ContactRestriction, isArray: true })
  contactGlobalRestrictions!: ContactRestriction[];
}
