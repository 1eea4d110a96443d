import { ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { ApiErrors, SUBJECT_DN_SCHEME } from './response-classes';

export { SUBJECT_DN_SCHEME };

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

/**
 * The security scheme plus the documented error answers of an operation (403 and 500 always apply), each
 * with its body's class (`ApiErrors`).
 */
export function ApiOperationErrors(...statuses: (400 | 404)[]) {
  return ApiErrors(statuses);
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

export const PERSON_SCHEMA = {
  type: 'object',
  properties: Object.fromEntries(
    ['firstName', 'lastName', 'middleName', 'dateOfBirth', 'gender', 'ethnicity', 'pncId', 'hmppsId'].map(
      (name) => [name, { type: 'string', nullable: true }],
    ),
  ),
};
