import 'reflect-metadata';

/** An enum bound case-insensitively to one of its canonical values, as the reference's request models do. */
export interface JsonEnum {
  /** The enum's type name, as the JSON parser reports it. */
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
