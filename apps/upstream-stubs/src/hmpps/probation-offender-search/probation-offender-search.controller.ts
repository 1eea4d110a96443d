import { BadRequestException, Body, Controller, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { matchesText, readHmppsFixture } from '../hmpps-fixtures';

interface StubAddress {
  buildingName?: string | null;
  addressNumber?: string | null;
  streetName?: string | null;
  district?: string | null;
  town?: string | null;
  county?: string | null;
  postcode?: string | null;
  from?: string | null;
  notes?: string | null;
  noFixedAbode?: boolean | null;
  status?: { code?: string; description?: string } | null;
  type?: { code?: string; description?: string } | null;
}

interface StubOffender {
  offenderId?: number;
  firstName: string;
  surname: string;
  dateOfBirth: string;
  gender?: string | null;
  contactDetails?: { addresses?: StubAddress[] } | null;
  otherIds: { crn: string; pncNumber?: string | null; nomsNumber?: string | null };
  offenderAliases?: { firstName: string | null; surname: string | null; dateOfBirth: string | null }[];
}

interface SearchRequest {
  crn?: string | null;
  nomsNumber?: string | null;
  pncNumber?: string | null;
  firstName?: string | null;
  surname?: string | null;
  dateOfBirth?: string | null;
  includeAliases?: boolean;
}

const OFFENDERS = readHmppsFixture<StubOffender[]>('probation-offender-search', 'offenders.json');

function matchesIds(offender: StubOffender, request: SearchRequest): boolean {
  return (
    matchesText(request.crn, offender.otherIds.crn) &&
    matchesText(request.nomsNumber, offender.otherIds.nomsNumber) &&
    matchesText(request.pncNumber, offender.otherIds.pncNumber)
  );
}

function matchesNames(offender: StubOffender, request: SearchRequest): boolean {
  const names = [offender, ...(request.includeAliases ? (offender.offenderAliases ?? []) : [])];
  return names.some(
    (name) =>
      matchesText(request.firstName, name.firstName) &&
      matchesText(request.surname, name.surname) &&
      matchesText(request.dateOfBirth, name.dateOfBirth),
  );
}

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
  search(@Body() request: SearchRequest): StubOffender[] {
    const criteria = ['crn', 'nomsNumber', 'pncNumber', 'firstName', 'surname', 'dateOfBirth'] as const;
    if (!criteria.some((name) => request?.[name])) {
      throw new BadRequestException({
        status: 400,
        developerMessage: 'Invalid search - please provide at least 1 search parameter',
      });
    }
    return OFFENDERS.filter((offender) => matchesIds(offender, request) && matchesNames(offender, request));
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
