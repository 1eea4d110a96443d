import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiQuery, ApiResponse, ApiSecurity } from '@nestjs/swagger';

/** The security scheme every operation shows: the consumer's certificate subject, as forwarded by the gateway. */
export const SUBJECT_DN_SCHEME = 'subject-distinguished-name';

const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    status: { type: 'integer' },
    errorCode: { type: 'integer', nullable: true },
    userMessage: { type: 'string', nullable: true },
    developerMessage: { type: 'string', nullable: true },
    moreInfo: { type: 'string', nullable: true },
  },
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad request: an invalid id or query parameter.',
  403: 'The consumer may not call this path, or the upstream refused access.',
  404: 'Not found, or outside the prisons the consumer may see.',
  500: 'An upstream service failed or did not answer in time.',
};

const PAGINATION_SCHEMA = {
  type: 'object',
  properties: {
    isLastPage: { type: 'boolean' },
    count: { type: 'integer' },
    page: { type: 'integer' },
    perPage: { type: 'integer' },
    totalCount: { type: 'integer' },
    totalPages: { type: 'integer' },
  },
};

/** The security scheme plus the documented error answers of an operation (403 and 500 always apply). */
export function ApiOperationErrors(...statuses: (400 | 404)[]) {
  return applyDecorators(
    ApiSecurity(SUBJECT_DN_SCHEME),
    ...[...statuses, 403, 500].map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], schema: ERROR_SCHEMA }),
    ),
  );
}

export function ApiDataResponse(description: string, data: Record<string, unknown>) {
  return ApiOkResponse({ description, schema: { type: 'object', properties: { data } } });
}

export function ApiPaginatedResponse(description: string, item: Record<string, unknown>) {
  return ApiOkResponse({
    description,
    schema: {
      type: 'object',
      properties: { data: { type: 'array', items: item }, pagination: PAGINATION_SCHEMA },
    },
  });
}

export function ApiHmppsIdParam(name = 'hmppsId', encoded = false) {
  return ApiParam({
    name,
    description: encoded
      ? 'A URL-encoded HMPPS identifier: NOMIS number, CRN or PNC id (2004%2F13116M)'
      : 'The HMPPS ID of the person: NOMIS number or CRN',
  });
}

export function ApiPagingQueries(defaultPerPage = 10) {
  return applyDecorators(
    ApiQuery({
      name: 'page',
      required: false,
      description: 'The page number (starting from 1)',
      schema: { type: 'integer', default: 1 },
    }),
    ApiQuery({
      name: 'perPage',
      required: false,
      description: 'The maximum number of results for a page',
      schema: { type: 'integer', default: defaultPerPage },
    }),
  );
}

export const PERSON_SCHEMA = {
  type: 'object',
  properties: Object.fromEntries(
    ['firstName', 'lastName', 'middleName', 'dateOfBirth', 'gender', 'ethnicity', 'pncId', 'hmppsId'].map(
      (name) => [name, { type: 'string', nullable: true }],
    ),
  ),
};
