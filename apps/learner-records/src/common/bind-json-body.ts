import { Type } from '@nestjs/common';
import { validateSync, ValidationError } from 'class-validator';
import { unreadableBody, unrecognizedField, validationFailed } from '../errors/learner-records-errors';
import { JsonFieldDefinition, jsonFieldsOf, referenceClassName } from './json-field';

const PARSE_ERROR = 'JSON parse error';

/**
 * Binds a parsed JSON body to a request class the way the reference's JSON binding does, then runs
 * bean-style validation. Precedence of failures, as callers observe it: a value of the wrong type or a
 * bad enum value, then a missing or null required property, then an unknown property, then validation.
 */
export function bindJsonBody<T extends object>(type: Type<T>, body: unknown): T {
  const className = referenceClassName(type.name);
  if (body === undefined || body === null || body === '')
    throw unreadableBody('Required request body is missing');
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw unreadableBody(
      `${PARSE_ERROR}: Cannot construct instance of \`${className}\` from a non-object value`,
    );
  }
  const fields = jsonFieldsOf(type);
  const instance = new type() as Record<string, unknown>;
  let unknownProperty: string | undefined;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const field = fields.find((candidate) => candidate.name === key);
    if (!field) {
      unknownProperty ??= key;
      continue;
    }
    if (value !== null) instance[key] = bindValue(field, value);
  }
  const missing = fields.find((field) => field.required && instance[field.name] === undefined);
  if (missing) {
    throw unreadableBody(
      `${PARSE_ERROR}: Instantiation of [simple type, class ${className}] value failed for JSON property ${missing.name} ` +
        `due to missing (therefore NULL) value for creator parameter ${missing.name} which is a non-nullable type`,
    );
  }
  if (unknownProperty !== undefined) {
    throw unrecognizedField(
      `${PARSE_ERROR}: Unrecognized property "${unknownProperty}" (class ${className}), not marked as ignorable ` +
        `(${fields.length} known properties: ${fields.map((field) => `"${field.name}"`).join(', ')})`,
    );
  }
  assertValid(instance);
  return instance as T;
}

function bindValue(field: JsonFieldDefinition, value: unknown): string {
  // Scalars are coerced to text like the reference's parser does; structures are not.
  if (typeof value === 'object') {
    throw unreadableBody(
      `${PARSE_ERROR}: Cannot deserialize value of type \`${field.enum ? referenceClassName(field.enum.name) : 'java.lang.String'}\` from ${
        Array.isArray(value) ? 'Array' : 'Object'
      } value (property "${field.name}")`,
    );
  }
  const text = String(value);
  if (!field.enum) return text;
  const canonical = field.enum.values.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  if (canonical === undefined) {
    throw unreadableBody(
      `${PARSE_ERROR}: Cannot construct instance of \`${referenceClassName(field.enum.name)}\`, problem: ${field.enum.invalidValue}: ${text}`,
    );
  }
  return canonical;
}

function assertValid(instance: object): void {
  const errors = validateSync(instance, { forbidUnknownValues: false });
  if (errors.length === 0) return;
  throw validationFailed(
    errors.map((error) => error.property),
    errors.map((error: ValidationError) => Object.values(error.constraints ?? {}).join(', ')),
  );
}
