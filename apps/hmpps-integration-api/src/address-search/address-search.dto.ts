import { ApiPropertyOptional } from '@nestjs/swagger';
import { ToInteger } from '@libs/platform';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Address parts are bounded so that a search never carries an unbounded string upstream. */
const MAX_PART = 100;
const MAX_RESULTS_MESSAGE = "Invalid value for 'maxResults': must be a whole number from 1 to 1000";

/** The search criteria, as a request body or as query parameters (the body wins when sent). */
export class AddressSearchRequest {
  @ApiPropertyOptional({ description: 'The building name of the address', example: 'Burnham House' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PART)
  buildingName?: string;

  @ApiPropertyOptional({ description: 'The address number of the address', example: '1' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PART)
  addressNumber?: string;

  @ApiPropertyOptional({ description: 'The street name of the address', example: 'Church Road' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PART)
  streetName?: string;

  @ApiPropertyOptional({ description: 'The postcode of the address', example: 'LM2 1BF' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PART)
  postcode?: string;
}

export class AddressSearchQuery extends AddressSearchRequest {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    default: 100,
    description: 'Maximum number of search results',
  })
  @IsOptional()
  @ToInteger()
  @IsInt({ message: MAX_RESULTS_MESSAGE })
  @Min(1, { message: MAX_RESULTS_MESSAGE })
  @Max(1000, { message: MAX_RESULTS_MESSAGE })
  maxResults?: number;
}
