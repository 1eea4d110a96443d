import { BadRequestException, Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { readHmppsFixture } from '../hmpps-fixtures';

interface CaseAccess {
  crn: string;
  userExcluded: boolean;
  userRestricted: boolean;
  exclusionMessage?: string;
  restrictionMessage?: string;
}

/** The limited access cases (LAO): excluded or restricted; every other case is open. */
const LIMITED_ACCESS = readHmppsFixture<CaseAccess[]>('ndelius', 'case-access.json');
/** nDelius answers for at most this many cases per request. */
const MAX_CRNS = 500;

/** nDelius' case access check (`POST /ndelius/probation-cases/access`), the source of LAO status. */
@Controller('ndelius')
@UseGuards(StubBearerGuard)
export class NDeliusCaseAccessController {
  @Post('probation-cases/access')
  @HttpCode(200)
  caseAccess(@Body() body: { crns?: unknown } | undefined): { access: CaseAccess[] } {
    const crns = body?.crns;
    if (!Array.isArray(crns) || crns.length > MAX_CRNS || crns.some((crn) => typeof crn !== 'string')) {
      throw new BadRequestException({
        status: 400,
        errorCode: null,
        userMessage: 'Validation failure: crns must be a list of at most 500 CRNs',
        developerMessage: 'crns must be a list of at most 500 CRNs',
        moreInfo: null,
      });
    }
    return {
      access: (crns as string[]).map(
        (crn) =>
          LIMITED_ACCESS.find((entry) => entry.crn === crn) ?? {
            crn,
            userExcluded: false,
            userRestricted: false,
          },
      ),
    };
  }
}
