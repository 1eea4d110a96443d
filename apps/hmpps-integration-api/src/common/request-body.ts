import { ApiError } from '@libs/errors';
import { bodyDecorators, type RequestValidationOptions } from '@libs/platform';

const VALIDATION_MESSAGE = 'Validation issues in request body';

/**
 * The reference's `ValidationErrorResponse`: a bean-validation failure has a list of messages
 * and, unlike every other error body, no errorCode or moreInfo.
 */
export function bodyValidationError(messages: string[]): ApiError {
  return new ApiError(400, {
    status: 400,
    userMessage: VALIDATION_MESSAGE,
    developerMessage: VALIDATION_MESSAGE,
    validationErrors: messages,
  });
}

/**
 * The platform's validation of this app's bodies, queries and path parameters: unknown body properties
 * are ignored, as Spring's Jackson does for the reference.
 */
export const VALIDATION: RequestValidationOptions = { forbidUnknownProperties: false };

/** An optional body (contact and address search) and a JSON array body (attendances), checked as above. */
export const { OptionalBody, BodyList } = bodyDecorators(VALIDATION);
