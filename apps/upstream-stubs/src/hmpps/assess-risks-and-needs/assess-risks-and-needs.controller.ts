import { Controller, ForbiddenException, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const upstream = 'assess-risks-and-needs';
const FIXTURES = {
  predictors: readHmppsFixture<Record<string, unknown>>(upstream, 'predictors.json'),
  risks: readHmppsFixture<Record<string, unknown>>(upstream, 'risks.json'),
  needs: readHmppsFixture<Record<string, unknown>>(upstream, 'needs.json'),
  plans: readHmppsFixture<Record<string, unknown>>(upstream, 'risk-management-plans.json'),
  limitedAccess: new Set(readHmppsFixture<string[]>(upstream, 'limited-access.json')),
};

/** ARN refuses limited access offenders (LAO) outright, whatever is asked about them. */
export function lookup(crn: string, data: Record<string, unknown>): unknown {
  if (FIXTURES.limitedAccess.has(crn)) {
    const message = `Access denied: ${crn} is a limited access offender`;
    throw new ForbiddenException({
      status: 403,
      errorCode: null,
      userMessage: message,
      developerMessage: message,
      moreInfo: null,
    });
  }
  const found = data[crn];
  if (found === undefined) throw hmppsNotFound(`No assessment found for crn ${crn}`);
  return found;
}

/** Stand-in for Assess Risks and Needs (`/assess-risks-and-needs`). */
@Controller(upstream)
@UseGuards(StubBearerGuard)
export class AssessRisksAndNeedsController {
  @Get('risks/predictors/unsafe/all/CRN/:crn')
  getPredictors(@Param('crn') crn: string): unknown {
    return lookup(crn, FIXTURES.predictors);
  }

  @Get('risks/crn/:crn')
  getRisks(@Param('crn') crn: string): unknown {
    return lookup(crn, FIXTURES.risks);
  }

  @Get('risks/crn/:crn/risk-management-plan')
  getRiskManagementPlans(@Param('crn') crn: string): unknown {
    return lookup(crn, FIXTURES.plans);
  }

  /** The needs of the latest assessment, as ARN's `/needs/{crn}` lists them (one entry per OASys section). */
  @Get('needs/:crn')
  getNeeds(@Param('crn') crn: string): unknown {
    return lookup(crn, FIXTURES.needs);
  }
}
