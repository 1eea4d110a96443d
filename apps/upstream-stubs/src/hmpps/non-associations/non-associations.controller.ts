import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

interface PrisonerNonAssociations {
  nonAssociations: { isClosed: boolean }[];
}

const NON_ASSOCIATIONS = readHmppsFixture<Record<string, PrisonerNonAssociations>>(
  'non-associations',
  'non-associations.json',
);

function flag(value: string | undefined, defaultValue: boolean): boolean {
  if (value === undefined) return defaultValue;
  if (value !== 'true' && value !== 'false') throw new BadRequestException(`Invalid boolean: ${value}`);
  return value === 'true';
}

/** Stand-in for the Non-Associations API (`/non-associations`). */
@Controller('non-associations')
@UseGuards(StubBearerGuard)
export class NonAssociationsController {
  /** Open ones by default; closed ones only when asked for, as the real API does. */
  @Get('prisoner/:prisonerNumber/non-associations')
  getNonAssociations(
    @Param('prisonerNumber') prisonerNumber: string,
    @Query('includeOpen') includeOpen?: string,
    @Query('includeClosed') includeClosed?: string,
  ): PrisonerNonAssociations {
    const prisoner = NON_ASSOCIATIONS[prisonerNumber];
    if (!prisoner) throw hmppsNotFound(`Prisoner with prisoner number ${prisonerNumber} not found`);
    const open = flag(includeOpen, true);
    const closed = flag(includeClosed, false);
    return {
      ...prisoner,
      nonAssociations: prisoner.nonAssociations.filter((item) => (item.isClosed ? closed : open)),
    };
  }
}
