import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { readHmppsFixture } from '../hmpps-fixtures';
import { lookup } from './assess-risks-and-needs.controller';

const SUMMARIES = readHmppsFixture<Record<string, unknown>>('assess-risks-and-needs', 'assessment-summaries.json');

/** ARN's list of a case's OASys assessments (what HEAD reads the assessment summary from). */
@Controller('assess-risks-and-needs')
@UseGuards(StubBearerGuard)
export class AssessmentSummariesController {
  @Get('assessments/mapps/crn/:crn')
  getAssessments(@Param('crn') crn: string): unknown {
    return lookup(crn, SUMMARIES);
  }
}
