/** Small builders for the OpenAPI response shapes of the person record operations. */
export type Schema = Record<string, unknown>;

export const nullable = (type: string): Schema => ({ type, nullable: true });

/** Nullable fields of one type, keyed by name. */
export function fieldSchemas(type: string, names: string[]): Record<string, Schema> {
  return Object.fromEntries(names.map((name) => [name, nullable(type)]));
}

export function objectOf(properties: Record<string, Schema>, options: { nullable?: boolean } = {}): Schema {
  return { type: 'object', ...(options.nullable ? { nullable: true } : {}), properties };
}

/** An object whose fields all have one type, e.g. a group of dates. */
export function fieldsOf(type: string, names: string[], options: { nullable?: boolean } = {}): Schema {
  return objectOf(fieldSchemas(type, names), options);
}

export const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
