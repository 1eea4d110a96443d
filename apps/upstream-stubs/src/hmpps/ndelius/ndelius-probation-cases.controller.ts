import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound } from '../hmpps-fixtures';
import {
  OFFENDERS,
  ProbationSearchRequest,
  searchOffenders,
  StubOffender,
} from '../probation-offender-search/offenders';

/**
 * nDelius' probation case search (`POST /ndelius/search/probation-cases`, a list of offenders, by
 * `crn`, `nomsNumber`, `pncNumber` or the name criteria) and a case's addresses
 * (`GET /ndelius/case/{crn}/addresses`), over the people Probation Offender Search's stub knows.
 */
@Controller('ndelius')
@UseGuards(StubBearerGuard)
export class NDeliusProbationCasesController {
  @Post('search/probation-cases')
  @HttpCode(200)
  search(@Body() request: ProbationSearchRequest): StubOffender[] {
    return searchOffenders(request);
  }

  @Get('case/:crn/addresses')
  getAddresses(@Param('crn') crn: string): unknown {
    const offender = OFFENDERS.find((candidate) => candidate.otherIds.crn === crn);
    if (!offender) throw hmppsNotFound(`Person with crn of ${crn} not found`);
    const addresses = (offender.contactDetails?.addresses ?? []).map((address) => ({
      noFixedAbode: address.noFixedAbode ?? false,
      type: address.type ?? { code: null, description: null },
      buildingName: address.buildingName ?? null,
      addressNumber: address.addressNumber ?? null,
      streetName: address.streetName ?? null,
      town: address.town ?? null,
      district: address.district ?? null,
      county: address.county ?? null,
      postcode: address.postcode ?? null,
      from: address.from ?? null,
      to: address.to ?? null,
      notes: address.notes ?? null,
    }));
    return { contactDetails: { addresses } };
  }
}
