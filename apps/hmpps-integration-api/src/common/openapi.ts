import { ApiParam } from '@nestjs/swagger';
import { ApiErrors, SUBJECT_DN_SCHEME } from './response-classes';

export { SUBJECT_DN_SCHEME };

/**
 * The security scheme plus the documented error answers of an operation (403 and 500 always apply), each
 * with its body's class (`ApiErrors`).
 */
export function ApiOperationErrors(...statuses: (400 | 404)[]) {
  return ApiErrors(statuses);
}

export function ApiHmppsIdParam(name = 'hmppsId', encoded = false) {
  return ApiParam({
    name,
    description: encoded
      ? 'A URL-encoded HMPPS identifier: NOMIS number, CRN or PNC id (2004%2F13116M)'
      : 'The HMPPS ID of the person: NOMIS number or CRN',
  });
}
