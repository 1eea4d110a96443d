import { BadRequestException, Body, Controller, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { springPage } from '../spring-page';
import { OFFENDERS, ProbationSearchRequest, searchOffenders, StubOffender } from './offenders';

interface AddressSearchRequest {
  buildingName?: string;
  addressNumber?: string;
  streetName?: string;
  postcode?: string;
}

/** A criterion left blank matches anything; otherwise the address part contains it, ignoring case. */
function containsText(criterion: string | undefined, value: string | null | undefined): boolean {
  if (!criterion) return true;
  return (value ?? '').toLowerCase().includes(criterion.toLowerCase());
}

/** A made-up but stable score: more criteria matched, higher score. */
function matchScore(request: AddressSearchRequest): number {
  return (
    ['buildingName', 'addressNumber', 'streetName', 'postcode'].filter(
      (name) => request[name as keyof AddressSearchRequest],
    ).length * 25
  );
}

/** Stand-in for Probation Offender Search (`/probation-offender-search`): `POST /search` answers a list. */
@Controller('probation-offender-search')
@UseGuards(StubBearerGuard)
export class ProbationOffenderSearchController {
  @Post('search')
  @HttpCode(200)
  search(@Body() request: ProbationSearchRequest): StubOffender[] {
    return searchOffenders(request);
  }

  /**
   * The paged person search (`POST /search/people?page=&size=`, pages from 0, 10 by default): as
   * `/search`, `includeAliases` sent as text or a boolean, answering a Spring page of offenders.
   */
  @Post('search/people')
  @HttpCode(200)
  searchPeople(
    @Body() request: Omit<ProbationSearchRequest, 'includeAliases'> & { includeAliases?: boolean | string },
    @Query('page') pageNumber = '0',
    @Query('size') size = '10',
  ) {
    const includeAliases = request?.includeAliases === true || request?.includeAliases === 'true';
    return springPage(searchOffenders({ ...request, includeAliases }), Number(pageNumber), Number(size));
  }

  /**
   * The address search: every offender address matching all the non-blank criteria, as
   * `{ personAddresses: [{ person, address, matchScore }] }`, at most `maxResults` of them.
   */
  @Post('search/addresses')
  @HttpCode(200)
  searchAddresses(@Body() request: AddressSearchRequest, @Query('maxResults') maxResults = '100') {
    const limit = Number(maxResults);
    if (!/^\d+$/.test(maxResults) || limit < 1) {
      throw new BadRequestException({
        status: 400,
        developerMessage: 'maxResults must be a positive number',
      });
    }
    if (
      ![request?.buildingName, request?.addressNumber, request?.streetName, request?.postcode].some(Boolean)
    ) {
      throw new BadRequestException({
        status: 400,
        developerMessage: 'At least one search parameter is required',
      });
    }
    const personAddresses = OFFENDERS.flatMap((offender) =>
      (offender.contactDetails?.addresses ?? [])
        .filter(
          (address) =>
            containsText(request.buildingName, address.buildingName) &&
            containsText(request.addressNumber, address.addressNumber) &&
            containsText(request.streetName, address.streetName) &&
            containsText(request.postcode, address.postcode),
        )
        .map((address) => ({
          person: {
            id: offender.offenderId ?? null,
            crn: offender.otherIds.crn,
            dob: offender.dateOfBirth,
            gender: offender.gender ?? null,
          },
          address: {
            id: null,
            buildingName: address.buildingName ?? null,
            addressNumber: address.addressNumber ?? null,
            streetName: address.streetName ?? null,
            district: address.district ?? null,
            town: address.town ?? null,
            county: address.county ?? null,
            postcode: address.postcode ?? null,
            startDate: address.from ?? null,
            notes: address.notes ?? null,
            createdDateTime: null,
            lastUpdatedDateTime: null,
            status: address.status ?? { code: null, description: null },
            type: address.type ?? { code: null, description: null },
            noFixedAbode: address.noFixedAbode ?? null,
          },
          matchScore: matchScore(request),
        })),
    );
    return { personAddresses: personAddresses.slice(0, limit) };
  }
}
