import { BadRequestException, Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

/** Client systems' visit references → the visits booked under them. */
const CLIENT_REFERENCES = readHmppsFixture<Record<string, string[]>>('manage-prison-visits', 'client-references.json');

/** Stand-in for the orchestration service's lookup of visits booked by external systems. */
@Controller('manage-prison-visits/visits/external-system')
@UseGuards(StubBearerGuard)
export class VisitsExternalSystemController {
  @Get(':clientReference')
  visitReferences(@Param('clientReference') clientReference: string): string[] {
    if (clientReference.length > 80) throw new BadRequestException('clientReference is too long');
    const references = CLIENT_REFERENCES[clientReference];
    if (!references) throw hmppsNotFound(`No visits found for client reference ${clientReference}`);
    return references;
  }
}
