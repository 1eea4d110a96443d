import { ApiError } from '@libs/errors';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';

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

function messagesOf(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...messagesOf(error.children ?? []),
  ]);
}

/** A JSON request body checked against a class-validator DTO; anything else, or any failure, is a 400. */
export function validBody<T extends object>(type: new () => T, body: unknown): T {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw bodyValidationError(['Request body must be a JSON object']);
  }
  const instance = plainToInstance(type, body);
  const messages = messagesOf(validateSync(instance, { forbidUnknownValues: true }));
  if (messages.length > 0) throw bodyValidationError([...new Set(messages)]);
  return instance;
}

/** A JSON array body of `min`–`max` items, each checked against a class-validator DTO. */
export function validBodyList<T extends object>(
  type: new () => T,
  body: unknown,
  { min, max }: { min: number; max: number },
): T[] {
  if (!Array.isArray(body)) throw bodyValidationError(['Request body must be a JSON array']);
  if (body.length < min || body.length > max) {
    throw bodyValidationError([`Request body must hold between ${min} and ${max} items`]);
  }
  if (body.some((item) => item === null || typeof item !== 'object' || Array.isArray(item))) {
    throw bodyValidationError(['Each item of the request body must be a JSON object']);
  }
  const instances = body.map((item) => plainToInstance(type, item));
  const messages = instances.flatMap((instance) =>
    messagesOf(validateSync(instance, { forbidUnknownValues: true })),
  );
  if (messages.length > 0) throw bodyValidationError([...new Set(messages)]);
  return instances;
}
