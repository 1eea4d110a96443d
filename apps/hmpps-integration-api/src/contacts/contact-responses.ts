import { ApiProperty } from '@nestjs/swagger';
import { nullableFields } from '../common/nullable-fields';

/** The response model of the contact search, named as the reference names it. */

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
