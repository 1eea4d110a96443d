import { ApiProperty } from '@nestjs/swagger';

/** Classes rather than interfaces: the same declaration is the OpenAPI schema (component `Address`). */

/**
 * A type or usage of an address (home, business, …): the reference's `Address.Type`. Named apart from the
 * address search's `AddressType`, a different shape, so that each has its own component.
 */
export class AddressUsage {
  @ApiProperty({ example: 'HOME' })
  code!: string;

  @ApiProperty({ example: 'Home' })
  description!: string;
}

/** An address from NOMIS or nDelius, in one shape. */
export class Address {
  @ApiProperty({ type: String, nullable: true })
  country!: string | null;

  @ApiProperty({ type: String, nullable: true })
  county!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  endDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  locality!: string | null;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ type: Boolean, nullable: true })
  noFixedAddress!: boolean | null;

  @ApiProperty({ type: String, nullable: true })
  number!: string | null;

  @ApiProperty({ type: String, nullable: true })
  postcode!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  startDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  street!: string | null;

  @ApiProperty({ type: String, nullable: true })
  town!: string | null;

  @ApiProperty({ type: AddressUsage, isArray: true })
  types!: AddressUsage[];

  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;
}
