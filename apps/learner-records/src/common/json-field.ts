import 'reflect-metadata';

/**
 * The package of the reference's request models: its JSON parser names classes by their full name
 * (``Cannot construct instance of `uk.gov….models.request.Gender` ``), and callers match on that text.
 */
export const REFERENCE_MODEL_PACKAGE = 'uk.gov.justice.digital.hmpps.learnerrecordsapi.models.request';

/** The reference's full class name of a request model or enum, e.g. `….models.request.LearnersRequest`. */
export const referenceClassName = (simpleName: string): string => `${REFERENCE_MODEL_PACKAGE}.${simpleName}`;

/** An enum bound case-insensitively to one of its canonical values, as the reference's request models do. */
export interface JsonEnum {
  /** The enum's simple type name (the message gives its full reference name). */
  name: string;
  values: readonly string[];
  /** Problem text for a value that is not one of `values`, e.g. `Invalid gender value`. */
  invalidValue: string;
}

export interface JsonFieldOptions {
  required: boolean;
  enum?: JsonEnum;
}

export interface JsonFieldDefinition extends JsonFieldOptions {
  name: string;
}

const JSON_FIELDS = Symbol('learner-records:json-fields');

/**
 * Declares a request property. Declaration order matters: the first missing required property in that
 * order is the one reported, as the reference's constructor binding does.
 */
export function JsonField(options: JsonFieldOptions): PropertyDecorator {
  return (target, property) => {
    const fields: JsonFieldDefinition[] = Reflect.getOwnMetadata(JSON_FIELDS, target.constructor) ?? [];
    Reflect.defineMetadata(
      JSON_FIELDS,
      [...fields, { ...options, name: String(property) }],
      target.constructor,
    );
  };
}

export function jsonFieldsOf(type: abstract new (...args: never[]) => unknown): JsonFieldDefinition[] {
  return Reflect.getOwnMetadata(JSON_FIELDS, type) ?? [];
}
