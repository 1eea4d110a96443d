import { ApiProperty } from '@nestjs/swagger';
import { nullableFields } from '../common/nullable-fields';

/** The address search's response models, named as the reference names them. */

export class AddressStatus {}
nullableFields(AddressStatus, { text: ['code', 'description'] });

export class AddressType {}
nullableFields(AddressType, { text: ['code', 'description'] });

export class AddressDetails {
  @ApiProperty({ type: AddressStatus, nullable: true })
  status!: AddressStatus | null;

  @ApiProperty({ type: AddressType, nullable: true })
  type!: AddressType | null;
}
nullableFields(AddressDetails, {
  text: ['buildingName', 'addressNumber', 'streetName', 'district', 'town', 'county', 'postcode'],
  dates: ['endDate', 'startDate'],
  flags: ['noFixedAbode'],
});

export class AddressSearchResponseItem {
  @ApiProperty({ type: String, nullable: true, example: 'X123456', description: "The person's CRN" })
  hmppsId!: string | null;

  @ApiProperty({ type: AddressDetails })
  address!: AddressDetails;

  @ApiProperty({ type: 'integer', nullable: true, example: 100 })
  matchScore!: number | null;
}

export class AddressSearchResponse {
  @ApiProperty({ type: AddressSearchResponseItem, isArray: true })
  personAddresses!: AddressSearchResponseItem[];
}
