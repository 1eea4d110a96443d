import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const EDUCATION = readHmppsFixture<{
  education: Record<string, unknown>;
  assessmentsRequired: Record<string, unknown>;
}>('plp', 'education.json');

/** PLP's education records and basic skills assessment needs. */
@Controller('plp')
@UseGuards(StubBearerGuard)
export class PlpEducationController {
  @Get('person/:prisonNumber/education')
  getEducation(@Param('prisonNumber') prisonNumber: string): unknown {
    const education = EDUCATION.education[prisonNumber];
    if (!education) throw hmppsNotFound(`Education not found for prisoner [${prisonNumber}]`);
    return education;
  }

  @Get('assessments/:prisonNumber/required')
  getAssessmentsRequired(@Param('prisonNumber') prisonNumber: string): unknown {
    const required = EDUCATION.assessmentsRequired[prisonNumber];
    if (!required) throw hmppsNotFound(`Assessments not found for prisoner [${prisonNumber}]`);
    return required;
  }
}
