import { ApiError } from '@libs/errors';

const VALIDATION_MESSAGE = 'Validation issues in request body';

/**
 * The reference's `ValidationErrorResponse` (spec §1.4): a bean-validation failure has a list of messages
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
