import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shapeFileName } from './operation-key';

/** One way a response body differs from the recorded shape. */
export interface ShapeDifference {
  /** JSON path of the value, e.g. `$.data[0].dateOfBirth`. */
  path: string;
  kind:
    | 'missing key'
    | 'unexpected key'
    | 'wrong type'
    | 'null not allowed'
    | 'not in enum'
    | 'wrong format'
    | 'no alternative matches';
  message: string;
}

export interface CheckOptions {
  /** The response status whose shape applies; default: the operation's success status. */
  status?: number | string;
  /** Do not report missing keys (for partial examples such as HEAD's lenient test fixtures). */
  ignoreMissing?: boolean;
  /** Where the shape files live; default: `shapes/` next to this file. */
  shapesDir?: string;
}

type Schema = Record<string, unknown>;

interface ShapeFile {
  operation?: string;
  responses?: Record<
    string,
    { contentType?: string; binary?: boolean; body?: boolean; schema?: Schema; schemaRef?: string }
  >;
  schema?: Schema;
}

/*
 * Formats as HEAD writes them (Jackson, java.time): LocalDate `2024-01-31`; LocalDateTime without an
 * offset and Offset/ZonedDateTime or Instant with one, seconds and fractions optional; LocalTime
 * `HH:mm[:ss[.SSS]]`. JSON Schema's own `date-time` and `time` insist on an offset, so these are ours.
 */
const FORMATS = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(\[[^\]]+\])?)?$/,
  time: /^\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
};

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, formats: FORMATS });
const validators = new Map<string, ValidateFunction>();
const DEFAULT_DIR = join(__dirname, 'shapes');

const readShapeFile = (dir: string, name: string): ShapeFile =>
  JSON.parse(readFileSync(join(dir, name), 'utf8')) as ShapeFile;

/** The schema of an operation's response with the given status (the success status by default). */
export function responseSchema(operationKey: string, options: CheckOptions = {}): Schema {
  const dir = options.shapesDir ?? DEFAULT_DIR;
  const file = readShapeFile(dir, shapeFileName(operationKey));
  const responses = file.responses ?? {};
  const status =
    options.status === undefined
      ? Object.keys(responses).find((s) => /^2\d\d$/.test(s))
      : String(options.status);
  if (status === undefined) throw new Error(`${operationKey} has no success response at HEAD`);
  const response = responses[status];
  if (!response) {
    if (/^[45]\d\d$/.test(status)) return readShapeFile(dir, '_ErrorResponse.json').schema as Schema;
    throw new Error(`${operationKey} has no ${status} response at HEAD`);
  }
  if (response.schemaRef)
    return readShapeFile(dir, response.schemaRef.replace(/^shapes\//, '')).schema as Schema;
  if (!response.schema)
    throw new Error(
      `${operationKey} ${status} has no JSON body at HEAD (${response.contentType ?? 'no content'})`,
    );
  return response.schema;
}

/** Every difference between `body` and the shape HEAD's models give the operation's response. */
export function checkShape(
  operationKey: string,
  body: unknown,
  options: CheckOptions = {},
): ShapeDifference[] {
  const cacheKey = `${options.shapesDir ?? DEFAULT_DIR}|${operationKey}|${options.status ?? ''}`;
  let validate = validators.get(cacheKey);
  if (!validate) {
    validate = ajv.compile(responseSchema(operationKey, options));
    validators.set(cacheKey, validate);
  }
  return differences(validate, body, options);
}

/** The same check against a schema given directly. */
export function checkAgainstSchema(
  schema: Schema,
  body: unknown,
  options: Pick<CheckOptions, 'ignoreMissing'> = {},
): ShapeDifference[] {
  return differences(ajv.compile(schema), body, options);
}

/** The differences as readable lines, one per difference. */
export function describeDifferences(found: ShapeDifference[]): string[] {
  return found.map((d) => `${d.path}: ${d.kind}: ${d.message}`);
}

function differences(
  validate: ValidateFunction,
  body: unknown,
  options: Pick<CheckOptions, 'ignoreMissing'>,
): ShapeDifference[] {
  if (validate(body)) return [];
  const errors = validate.errors ?? [];
  // a failed alternative (nullable reference) reports its own errors too; keep the one summary
  const alternatives = new Set(
    errors
      .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
      .map((e) => e.schemaPath.replace(/\/(anyOf|oneOf)$/, '/$1/')),
  );
  const out: ShapeDifference[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if ([...alternatives].some((prefix) => e.schemaPath.startsWith(prefix))) continue;
    const d = toDifference(e, body);
    if (!d || (options.ignoreMissing && d.kind === 'missing key')) continue;
    const key = `${d.path}|${d.kind}|${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

function toDifference(e: ErrorObject, body: unknown): ShapeDifference | undefined {
  const path = jsonPath(e.instancePath);
  const value = valueAt(body, e.instancePath);
  switch (e.keyword) {
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return { path: child(path, key), kind: 'missing key', message: 'the shape requires this key' };
    }
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return { path: child(path, key), kind: 'unexpected key', message: 'the shape has no such key' };
    }
    case 'type': {
      const type = (e.params as { type: string | string[] }).type;
      const expected = Array.isArray(type) ? type.join(' or ') : String(type).replace(/,/g, ' or ');
      if (value === null)
        return { path, kind: 'null not allowed', message: `expected ${expected}, got null` };
      return { path, kind: 'wrong type', message: `expected ${expected}, got ${typeOf(value)}` };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      return {
        path,
        kind: 'not in enum',
        message: `${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    }
    case 'format':
      return {
        path,
        kind: 'wrong format',
        message: `expected ${(e.params as { format: string }).format}, got ${JSON.stringify(value)}`,
      };
    case 'anyOf':
    case 'oneOf':
      return value === null
        ? { path, kind: 'null not allowed', message: 'expected a value, got null' }
        : {
            path,
            kind: 'no alternative matches',
            message: `got ${typeOf(value)} that matches none of the shape's alternatives`,
          };
    default:
      return { path, kind: 'wrong type', message: e.message ?? e.keyword };
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function pointerParts(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function jsonPath(pointer: string): string {
  return pointerParts(pointer).reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : child(path, part)),
    '$',
  );
}

function child(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function valueAt(body: unknown, pointer: string): unknown {
  let current: unknown = body;
  for (const part of pointerParts(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
