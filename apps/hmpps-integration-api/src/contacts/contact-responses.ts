import { ApiProperty } from '@nestjs/swagger';
import { nullableFields } from '../common/nullable-fields';

/** Response models of the contact search and emergency contacts, named as the reference names them. */

const ADDRESS_TEXT = [
  'flat',
  'property',
  'street',
  'area',
  'cityCode',
  'cityDescription',
  'countyCode',
  'countyDescription',
  'postCode',
  'countryCode',
  'countryDescription',
];

export class ContactSearchResponseItem {
  @ApiProperty({ example: 123456, description: 'The ID of the contact' })
  contactId!: number;
}
nullableFields(ContactSearchResponseItem, {
  text: ['lastName', 'firstName', 'middleNames', ...ADDRESS_TEXT, 'comments'],
  dates: ['dateOfBirth', 'startDate', 'endDate'],
  flags: ['mailAddress', 'noFixedAddress'],
});

export class Contact {}
nullableFields(Contact, {
  integers: ['contactId'],
  text: [
    'lastName',
    'firstName',
    'middleNames',
    ...ADDRESS_TEXT,
    'phoneType',
    'phoneTypeDescription',
    'phoneNumber',
    'extNumber',
  ],
  dates: ['dateOfBirth'],
  flags: ['primaryAddress', 'mailAddress'],
});

export class Relationship {}
nullableFields(Relationship, {
  text: [
    'relationshipTypeCode',
    'relationshipTypeDescription',
    'relationshipToPrisonerCode',
    'relationshipToPrisonerDescription',
    'comments',
  ],
  flags: ['approvedVisitor', 'nextOfKin', 'emergencyContact', 'isRelationshipActive', 'currentTerm'],
});

export class PrisonerContact {
  @ApiProperty({ type: Contact })
  contact!: Contact;

  @ApiProperty({ type: Relationship })
  relationship!: Relationship;
}
