import { Audit } from '@libs/queue';
import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../common/envelopes';
import { validBody } from '../common/request-body';
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

function criteriaOf(source: ContactSearchRequest): ContactSearchCriteria {
  return {
    firstName: source.firstName ?? null,
    middleNames: source.middleNames ?? null,
    lastName: source.lastName ?? null,
    dateOfBirth: source.dateOfBirth ?? null,
    searchType: source.searchType ?? 'EXACT',
  };
}

/** A body, when one is sent, holds the criteria; otherwise they are the query's. */
function requestCriteria(query: ContactSearchQuery, body: unknown): ContactSearchCriteria {
  const sent = body !== undefined && body !== null && body !== '';
  return criteriaOf(sent ? validBody(ContactSearchRequest, body) : query);
}

/** The audit details the reference records: the criteria used, whichever way they came. */
function auditCriteria(request: FastifyRequest): Record<string, string | null> {
  const criteria = requestCriteria(request.query as ContactSearchQuery, request.body);
  return { ...criteria };
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
    @Body() body: unknown,
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
    @Body() body: unknown,
  ): Promise<PaginatedResponse<ContactSearchResult>> {
    return this.search(query, body);
  }

  private search(query: ContactSearchQuery, body: unknown): Promise<PaginatedResponse<ContactSearchResult>> {
    return this.service.search(requestCriteria(query, body), query.pageNo ?? 1, query.perPage ?? 10);
  }
}
