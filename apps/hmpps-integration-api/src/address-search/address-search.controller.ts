import { Audit } from '@libs/queue';
import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptionalBody } from '../common/request-body';
import { ApiErrors } from '../common/response-classes';
import { AddressSearchCriteria, PersonAddressMatch } from '../domain/address-search';
import { FeatureFlag } from '../feature-flags/feature-flag.decorator';
import { AddressSearchQuery, AddressSearchRequest } from './address-search.dto';
import { AddressSearchResponse } from './address-search.responses';
import { AddressSearchService } from './address-search.service';

const SUMMARY = 'Search for people by address.';
const DESCRIPTION =
  'Search the addresses of people on probation, with GET or POST. When a request body is sent, the ' +
  'search criteria query parameters are ignored.';
const FOUND = 'Search completed successfully.';

/** A body, when one is sent, holds the criteria; otherwise they are the query's. */
function criteriaOf(
  query: AddressSearchQuery,
  body: AddressSearchRequest | undefined,
): AddressSearchCriteria {
  const source = body ?? query;
  return {
    buildingName: source.buildingName ?? null,
    addressNumber: source.addressNumber ?? null,
    streetName: source.streetName ?? null,
    postcode: source.postcode ?? null,
  };
}

/** The audit details the reference records: every criterion, blank when not given. */
function auditCriteria(_request: unknown, [query, body]: readonly unknown[]): Record<string, string> {
  const criteria = criteriaOf(query as AddressSearchQuery, body as AddressSearchRequest | undefined);
  return Object.fromEntries(Object.entries(criteria).map(([name, value]) => [name, value ?? '']));
}

@ApiTags('search')
@Controller('v1/addresses')
export class AddressSearchController {
  constructor(private readonly service: AddressSearchService) {}

  @FeatureFlag('address-search-endpoint-enabled')
  @Get()
  @Header('cache-control', 'no-cache')
  @ApiOperation({ summary: SUMMARY, description: DESCRIPTION })
  @ApiOkResponse({ description: FOUND, type: AddressSearchResponse })
  @ApiErrors([400])
  @Audit('SEARCH_ADDRESS', auditCriteria)
  searchByQuery(
    @Query() query: AddressSearchQuery,
    @OptionalBody(AddressSearchRequest) body: AddressSearchRequest | undefined,
  ): Promise<AddressSearchResponse> {
    return this.search(query, body);
  }

  @FeatureFlag('address-search-endpoint-enabled')
  @Post()
  @HttpCode(200)
  @Header('cache-control', 'no-cache')
  @ApiOperation({ summary: SUMMARY, description: DESCRIPTION })
  @ApiBody({ type: AddressSearchRequest, required: false })
  @ApiOkResponse({ description: FOUND, type: AddressSearchResponse })
  @ApiErrors([400], { body: true })
  @Audit('SEARCH_ADDRESS', auditCriteria)
  searchByBody(
    @Query() query: AddressSearchQuery,
    @OptionalBody(AddressSearchRequest) body: AddressSearchRequest | undefined,
  ): Promise<AddressSearchResponse> {
    return this.search(query, body);
  }

  private async search(
    query: AddressSearchQuery,
    body: AddressSearchRequest | undefined,
  ): Promise<{ personAddresses: PersonAddressMatch[] }> {
    const matches = await this.service.search(criteriaOf(query, body), query.maxResults ?? 100);
    return { personAddresses: matches };
  }
}
