import { Audit } from '@libs/queue';
import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../common/envelopes';
import { OptionalBody } from '../common/request-body';
import { ApiErrors, ApiPaginatedOk } from '../common/response-classes';
import { ContactSearchCriteria, ContactSearchResult } from '../domain/contact-search';
import { FeatureFlag } from '../feature-flags/feature-flag.decorator';
import { ContactSearchService } from './contact-search.service';
import { ContactSearchQuery, ContactSearchRequest } from './contact-search.dto';
import { ContactSearchResponseItem } from './contact-responses';

const SUMMARY = 'Search for a contact.';
const DESCRIPTION =
  'Search contacts by name and date of birth, with GET or POST. When a request body is sent, the ' +
  'search criteria query parameters are ignored.';
const FOUND = 'Search completed successfully.';

/** A body, when one is sent, holds the criteria; otherwise they are the query's. */
function criteriaOf(
  query: ContactSearchQuery,
  body: ContactSearchRequest | undefined,
): ContactSearchCriteria {
  const source = body ?? query;
  return {
    firstName: source.firstName ?? null,
    middleNames: source.middleNames ?? null,
    lastName: source.lastName ?? null,
    dateOfBirth: source.dateOfBirth ?? null,
    searchType: source.searchType ?? 'EXACT',
  };
}

/** The audit details the reference records: the criteria used, whichever way they came. */
function auditCriteria(_request: unknown, [query, body]: readonly unknown[]): Record<string, string | null> {
  return { ...criteriaOf(query as ContactSearchQuery, body as ContactSearchRequest | undefined) };
}

@ApiTags('contacts')
@Controller('v1/contacts')
export class ContactSearchController {
  constructor(private readonly service: ContactSearchService) {}

  @FeatureFlag('contact-search-endpoint-enabled')
  @Get()
  @Header('cache-control', 'no-cache')
  @ApiOperation({ summary: SUMMARY, description: DESCRIPTION })
  @ApiPaginatedOk(ContactSearchResponseItem, FOUND)
  @ApiErrors([400])
  @Audit('SEARCH_CONTACTS', auditCriteria)
  searchByQuery(
    @Query() query: ContactSearchQuery,
    @OptionalBody(ContactSearchRequest) body: ContactSearchRequest | undefined,
  ): Promise<PaginatedResponse<ContactSearchResult>> {
    return this.search(query, body);
  }

  @FeatureFlag('contact-search-endpoint-enabled')
  @Post()
  @HttpCode(200)
  @Header('cache-control', 'no-cache')
  @ApiOperation({ summary: SUMMARY, description: DESCRIPTION })
  @ApiBody({ type: ContactSearchRequest, required: false })
  @ApiPaginatedOk(ContactSearchResponseItem, FOUND)
  @ApiErrors([400], { body: true })
  @Audit('SEARCH_CONTACTS', auditCriteria)
  searchByBody(
    @Query() query: ContactSearchQuery,
    @OptionalBody(ContactSearchRequest) body: ContactSearchRequest | undefined,
  ): Promise<PaginatedResponse<ContactSearchResult>> {
    return this.search(query, body);
  }

  private search(
    query: ContactSearchQuery,
    body: ContactSearchRequest | undefined,
  ): Promise<PaginatedResponse<ContactSearchResult>> {
    return this.service.search(criteriaOf(query, body), query.pageNo ?? 1, query.perPage ?? 10);
  }
}
