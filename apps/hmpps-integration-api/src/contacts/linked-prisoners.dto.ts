import { ApiPropertyOptional } from '@nestjs/swagger';
import { ToInteger } from '@libs/platform';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const PAGE_MESSAGE = "Invalid value for 'pageNo': must be a whole number from 1 to 1000000";
const PER_PAGE_MESSAGE = "Invalid value for 'perPage': must be a whole number from 1 to 1000";

export class LinkedPrisonersQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    default: 1,
    description: 'The page number (starting at 1)',
  })
  @IsOptional()
  @ToInteger()
  @IsInt({ message: PAGE_MESSAGE })
  @Min(1, { message: PAGE_MESSAGE })
  @Max(1_000_000, { message: PAGE_MESSAGE })
  pageNo?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    default: 10,
    description: 'The maximum number of results for a page',
  })
  @IsOptional()
  @ToInteger()
  @IsInt({ message: PER_PAGE_MESSAGE })
  @Min(1, { message: PER_PAGE_MESSAGE })
  @Max(1000, { message: PER_PAGE_MESSAGE })
  perPage?: number;
}
