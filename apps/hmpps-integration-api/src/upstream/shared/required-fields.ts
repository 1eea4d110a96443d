import {
  JsonObject,
  readBoolean,
  readNumber,
  readString,
  UpstreamMalformedResponseError,
} from '@libs/upstream';

/**
 * Readers for the fields an upstream promises: HEAD's models declare them non-null, so an answer without
 * one cannot be mapped, and is an upstream failure rather than a response with holes in it.
 */
export class RequiredFields {
  constructor(
    private readonly upstream: string,
    private readonly what: string,
  ) {}

  string(source: JsonObject, name: string): string {
    const value = readString(source[name]);
    if (value === null) throw this.missing(name);
    return value;
  }

  number(source: JsonObject, name: string): number {
    const value = readNumber(source[name]);
    if (value === null) throw this.missing(name);
    return value;
  }

  boolean(source: JsonObject, name: string): boolean {
    const value = readBoolean(source[name]);
    if (value === null) throw this.missing(name);
    return value;
  }

  object(source: JsonObject, name: string): JsonObject {
    const value = source[name];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw this.missing(name);
    return value as JsonObject;
  }

  private missing(name: string): UpstreamMalformedResponseError {
    return new UpstreamMalformedResponseError(
      this.upstream,
      `${this.upstream} sent a ${this.what} without ${name}`,
    );
  }
}
