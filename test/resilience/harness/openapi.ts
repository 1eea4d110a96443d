import { http } from '@libs/testing';

/** The parts of an OpenAPI 3 schema the generators read. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  nullable?: boolean;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
  example?: unknown;
}

export interface Operation {
  id: string;
  method: string;
  /** The path template, e.g. `/v1/persons/{hmppsId}`. */
  path: string;
  parameters: Parameter[];
  body?: { required: boolean; contentTypes: string[]; schema: Schema };
  /** The operation's security requirements (else the document's), e.g. `[{ ROLE_X: [] }]`. */
  security: Array<Record<string, string[]>>;
  /** The statuses the document lists for the operation. */
  responses: string[];
  /** The operation's summary and description, as the document gives them. */
  description: string;
}

export interface ApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
  security?: Array<Record<string, string[]>>;
}

interface RawOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: Array<Parameter & { $ref?: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, unknown>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Resolves `$ref`s and merges `allOf`, so generators see plain schemas (cycles stop at `depth`). */
export function resolveSchema(document: ApiDocument, schema: Schema | undefined, depth = 0): Schema {
  if (!schema || depth > 6) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return resolveSchema(document, document.components?.schemas?.[name], depth + 1);
  }
  if (schema.allOf) {
    return schema.allOf
      .map((part) => resolveSchema(document, part, depth + 1))
      .reduce<Schema>(
        (merged, part) => ({
          ...merged,
          ...part,
          properties: { ...merged.properties, ...part.properties },
          required: [...(merged.required ?? []), ...(part.required ?? [])],
        }),
        { type: 'object' },
      );
  }
  const resolved: Schema = { ...schema };
  if (schema.items) resolved.items = resolveSchema(document, schema.items, depth + 1);
  if (schema.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [
        name,
        resolveSchema(document, property, depth + 1),
      ]),
    );
  }
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  return variant ? { ...resolveSchema(document, variant, depth + 1), ...resolved } : resolved;
}

function securityOf(document: ApiDocument, operation: RawOperation): Array<Record<string, string[]>> {
  return (operation.security ?? document.security ?? []).filter(
    (requirement) => Object.keys(requirement).length > 0,
  );
}

export function operationsOf(document: ApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const content = raw.requestBody?.content ?? {};
      const contentTypes = Object.keys(content);
      operations.push({
        id: raw.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: (raw.parameters ?? []).map((parameter) => ({
          ...parameter,
          required: parameter.required === true || parameter.in === 'path',
          schema: resolveSchema(document, parameter.schema),
        })),
        body: raw.requestBody
          ? {
              required: raw.requestBody.required === true,
              contentTypes,
              schema: resolveSchema(document, content[contentTypes[0]]?.schema),
            }
          : undefined,
        security: securityOf(document, raw),
        responses: Object.keys(raw.responses ?? {}),
        description: [raw.summary, raw.description].filter(Boolean).join(' '),
      });
    }
  }
  return operations;
}

/** The app's own OpenAPI document, as its users read it at `/v3/api-docs`. */
export async function fetchOperations(
  appUrl: string,
  headers: Array<[string, string]> = [],
): Promise<{ document: ApiDocument; operations: Operation[] }> {
  const response = await http(appUrl).get('/v3/api-docs', { headers: Object.fromEntries(headers) });
  if (response.status !== 200 || typeof response.body !== 'object') {
    throw new Error(`GET /v3/api-docs answered ${response.status}`);
  }
  const document = response.body as ApiDocument;
  return { document, operations: operationsOf(document) };
}

/** A plausible valid value for a schema: its example, default or first enum value, else one by type. */
export function sampleValue(schema: Schema, name = ''): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [sampleValue(schema.items ?? {}, name)];
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([property, value]) => [
          property,
          sampleValue(value, property),
        ]),
      );
    default:
      if (schema.format === 'date') return '2012-02-16';
      if (schema.format === 'date-time') return '2024-01-01T00:00:00Z';
      if (schema.format === 'uuid') return '0b0e5c3a-6f8e-4e7b-9a51-8f9c2b7f1f10';
      return name.toLowerCase().includes('date') ? '2012-02-16' : 'A';
  }
}

/** Fills a path template with the given values (URL-encoded), or with sample values. */
export function fillPath(operation: Operation, values: Record<string, string> = {}): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    if (name in values) return values[name];
    const parameter = operation.parameters.find(
      (candidate) => candidate.in === 'path' && candidate.name === name,
    );
    return encodeURIComponent(String(parameter?.example ?? sampleValue(parameter?.schema ?? {}, name)));
  });
}
