import { ApiPropertyOptional } from '@nestjs/swagger';
import { ToInteger } from '@libs/platform';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CONTACT_SEARCH_TYPES, ContactSearchType } from '../domain/contact-search';

/** Names are bounded so that a search can never carry an unbounded string upstream. */
const MAX_NAME = 100;
const SEARCH_TYPE_MESSAGE = `searchType must be one of ${CONTACT_SEARCH_TYPES.join(', ')}`;

/** The search criteria, as a request body or as query parameters (the body wins when sent). */
export class ContactSearchRequest {
  @ApiPropertyOptional({ description: 'The first name of the contact', example: 'John' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NAME)
  firstName?: string;

  @ApiPropertyOptional({ description: 'The middle names of the contact', example: 'William' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NAME)
  middleNames?: string;

  @ApiPropertyOptional({ description: 'The last name of the contact', example: 'Doe' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NAME)
  lastName?: string;

  @ApiPropertyOptional({
    description: 'The date of birth of the contact (dd/mm/yyyy)',
    example: '01/01/1980',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  dateOfBirth?: string;

  @ApiPropertyOptional({ enum: CONTACT_SEARCH_TYPES, default: 'EXACT', description: 'How names are matched' })
  @IsOptional()
  @IsIn(CONTACT_SEARCH_TYPES, { message: SEARCH_TYPE_MESSAGE })
  searchType?: ContactSearchType;
}

export class ContactSearchQuery extends ContactSearchRequest {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    default: 1,
    description: 'The page number (starting at 1)',
  })
  @IsOptional()
  @ToInteger()
  @IsInt({ message: "Invalid value for 'pageNo': must be a whole number of at least 1" })
  @Min(1, { message: "Invalid value for 'pageNo': must be a whole number of at least 1" })
  @Max(1_000_000, { message: "Invalid value for 'pageNo': must be at most 1000000" })
  pageNo?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    default: 10,
    description: 'The maximum number of results for a page',
  })
  @IsOptional()
  @ToInteger()
  @IsInt({ message: "Invalid value for 'perPage': must be a whole number of at least 1" })
  @Min(1, { message: "Invalid value for 'perPage': must be a whole number of at least 1" })
  @Max(1000, { message: "Invalid value for 'perPage': must be at most 1000" })
  perPage?: number;
}
