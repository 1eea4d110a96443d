import { IsCalendarDate } from '@libs/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const EARLIEST_DATE = '0001-01-01';

/** A repeated query parameter arrives as a list: the caller's mistake, refused with this text. */
const givenOnce = (name: string) => IsString({ message: `${name} must be given once.` });

/** `yyyy-MM-dd`, a real date, from 0001-01-01 (PostgreSQL has no year 0) to 9999-12-31. */
const IsSarDate = (name: string) =>
  IsCalendarDate(
    {},
    {
      message: ({ value }) =>
        typeof value === 'string' && DATE_SHAPE.test(value) && value < EARLIEST_DATE
          ? `${name} must be a date from ${EARLIEST_DATE} to 9999-12-31.`
          : `${name} must be a date in the format YYYY-MM-DD.`,
    },
  );

/** `GET /subject-access-request`'s query, in the HMPPS subject-access library's words. */
export class SarQuery {
  @ApiPropertyOptional({ description: 'NOMIS prisoner number; this or crn must be given' })
  @IsOptional()
  @givenOnce('prn')
  prn?: string;

  @ApiPropertyOptional({ description: 'Probation case reference (not held by this service: 209)' })
  @IsOptional()
  @givenOnce('crn')
  crn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @givenOnce('fromDate')
  @IsSarDate('fromDate')
  fromDate?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD, inclusive' })
  @IsOptional()
  @givenOnce('toDate')
  @IsSarDate('toDate')
  toDate?: string;
}
