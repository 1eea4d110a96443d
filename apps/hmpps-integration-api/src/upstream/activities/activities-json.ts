import {
  JsonObject,
  readArray,
  readBoolean,
  readNumber,
  readObject,
  readString,
  UpstreamMalformedResponseError,
} from '@libs/upstream';

export const ACTIVITIES_UPSTREAM = 'activities';

/**
 * The Activities API's JSON, read field by field. Its models mark most fields as required; one missing
 * from an answer is the upstream breaking its contract, a 5xx naming it, rather than a body with holes.
 */
export class ActivitiesJson {
  private constructor(
    private readonly body: JsonObject,
    private readonly model: string,
  ) {}

  static of(value: unknown, model: string): ActivitiesJson {
    const body = readObject(value);
    if (!body) throw malformed(`${model} is not an object`);
    return new ActivitiesJson(body, model);
  }

  static list<T>(value: unknown, model: string, map: (item: ActivitiesJson) => T): T[] {
    if (!Array.isArray(value)) throw malformed(`a list of ${model} is not an array`);
    return value.map((item) => map(ActivitiesJson.of(item, model)));
  }

  string(name: string): string {
    return this.required(name, readString(this.body[name]));
  }

  optionalString(name: string): string | null {
    return readString(this.body[name]);
  }

  number(name: string): number {
    return this.required(name, readNumber(this.body[name]));
  }

  optionalNumber(name: string): number | null {
    return readNumber(this.body[name]);
  }

  boolean(name: string): boolean {
    return this.required(name, readBoolean(this.body[name]));
  }

  optionalBoolean(name: string): boolean | null {
    return readBoolean(this.body[name]);
  }

  object(name: string): ActivitiesJson {
    return ActivitiesJson.of(this.body[name], `${this.model}.${name}`);
  }

  optionalObject(name: string): ActivitiesJson | null {
    const value = this.body[name];
    return value === null || value === undefined ? null : ActivitiesJson.of(value, `${this.model}.${name}`);
  }

  list<T>(name: string, map: (item: ActivitiesJson) => T): T[] {
    return ActivitiesJson.list(this.body[name], `${this.model}.${name}`, map);
  }

  optionalList<T>(name: string, map: (item: ActivitiesJson) => T): T[] | null {
    const value = this.body[name];
    return value === null || value === undefined ? null : this.list(name, map);
  }

  strings(name: string): string[] {
    return readArray(this.body[name]).flatMap((item) => readString(item) ?? []);
  }

  private required<T>(name: string, value: T | null): T {
    if (value === null) throw malformed(`${this.model}.${name} is missing`);
    return value;
  }
}

function malformed(detail: string): UpstreamMalformedResponseError {
  return new UpstreamMalformedResponseError(
    ACTIVITIES_UPSTREAM,
    `${ACTIVITIES_UPSTREAM} answered badly: ${detail}`,
  );
}
