import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiResponse,
  ApiSecurity,
  getSchemaPath,
} from '@nestjs/swagger';
import { UpstreamApi, UpstreamApiErrorType } from './upstream-api-error';

/**
 * The OpenAPI side of the API's envelopes, all generated from classes: `ErrorResponse`, `Pagination`, and
 * one named envelope class per model (`DataResponse<Model>`, `PaginatedResponse<Model>`), made once and
 * shared by every operation that answers that model.
 */

/** The security scheme every operation shows: the consumer's certificate subject, as forwarded by the gateway. */
export const SUBJECT_DN_SCHEME = 'subject-distinguished-name';

export class ErrorResponse {
  @ApiProperty({ example: 404 })
  status!: number;

  @ApiProperty({ type: Number, nullable: true, example: null })
  errorCode!: number | null;

  @ApiProperty({ type: String, nullable: true })
  userMessage!: string | null;

  @ApiProperty({ type: String, nullable: true })
  developerMessage!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The trace id, for support, on upstream failures',
  })
  moreInfo!: string | null;
}

/** A request body that breaks its rules: the messages, and no errorCode or moreInfo (the reference's shape). */
export class ValidationErrorResponse {
  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'Validation issues in request body' })
  userMessage!: string;

  @ApiProperty({ example: 'Validation issues in request body' })
  developerMessage!: string;

  @ApiProperty({ type: [String] })
  validationErrors!: string[];
}

/** The refusal of the authorisation filter, which answers in Spring Boot's error shape. */
export class ForbiddenResponse {
  @ApiProperty({ format: 'date-time' })
  timestamp!: string;

  @ApiProperty({ example: 403 })
  status!: number;

  @ApiProperty({ example: 'Forbidden' })
  error!: string;

  @ApiProperty({ example: 'Unable to authorise /v1/persons/G2996UX for consumer' })
  message!: string;

  @ApiProperty({ example: '/v1/persons/G2996UX' })
  path!: string;
}

/** Counts are whole numbers (HEAD's `Int`s and `Long`), so `integer` rather than `number`. */
export class Pagination {
  @ApiProperty()
  isLastPage!: boolean;

  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  perPage!: number;

  @ApiProperty({ type: 'integer' })
  totalCount!: number;

  @ApiProperty({ type: 'integer' })
  totalPages!: number;
}

/** An upstream error handed to the consumer in a `{ data, errors }` answer. */
export class UpstreamApiErrorResponse {
  @ApiProperty({ enum: UpstreamApi, enumName: 'UpstreamApi' })
  causedBy!: UpstreamApi;

  @ApiProperty({ enum: UpstreamApiErrorType, enumName: 'UpstreamApiErrorType' })
  type!: UpstreamApiErrorType;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
}

/** The `data` of an answer that carries nothing: `{}`. */
export class EmptyData {}

const envelopes = new Map<string, Type<unknown>>();

/** A class named `name` with `define` applied to its prototype, made once per name. */
function envelope(name: string, define: (prototype: object) => void): Type<unknown> {
  let type = envelopes.get(name);
  if (!type) {
    type = { [name]: class {} }[name] as Type<unknown>;
    define(type.prototype as object);
    envelopes.set(name, type);
  }
  return type;
}

export interface DataOptions {
  /** `data` is a list of the model. */
  isArray?: boolean;
  /** `data` may be null (e.g. someone probation does not know), as the name of the envelope says. */
  nullable?: boolean;
}

const nullableIf = (options: DataOptions) => (options.nullable ? { nullable: true } : {});

/** `{ data: Model }` (or `{ data: Model[] }`, `{ data: Model | null }`), as a named schema. */
export function dataResponseOf(model: Type<unknown>, options: DataOptions = {}): Type<unknown> {
  const list = options.isArray ? 'List' : '';
  const name = `DataResponse${list}${options.nullable ? 'Nullable' : ''}${model.name}`;
  return envelope(name, (prototype) =>
    ApiProperty({ type: model, isArray: options.isArray === true, ...nullableIf(options) })(
      prototype,
      'data',
    ),
  );
}

/** `{ data: Model[], pagination }`, as a named schema. */
export function paginatedResponseOf(model: Type<unknown>): Type<unknown> {
  return envelope(`PaginatedResponse${model.name}`, (prototype) => {
    ApiProperty({ type: model, isArray: true })(prototype, 'data');
    ApiProperty({ type: Pagination })(prototype, 'pagination');
  });
}

/** `{ data: Model, errors: UpstreamApiError[] }` (HEAD's `Response<Model>`), as a named schema. */
export function dataWithErrorsResponseOf(
  model: Type<unknown>,
  options: Pick<DataOptions, 'nullable'> = {},
): Type<unknown> {
  return envelope(`Response${options.nullable ? 'Nullable' : ''}${model.name}`, (prototype) => {
    ApiProperty({ type: model, ...nullableIf(options) })(prototype, 'data');
    ApiProperty({ type: UpstreamApiErrorResponse, isArray: true })(prototype, 'errors');
  });
}

/** A `{ data, errors }` success answer, with its status (201 and 202 for writes). */
export function ApiDataWithErrorsResponse(
  model: Type<unknown>,
  description: string,
  status = 200,
  options: Pick<DataOptions, 'nullable'> = {},
) {
  return ApiResponse({ status, description, type: dataWithErrorsResponseOf(model, options) });
}

export function ApiDataOk(model: Type<unknown>, description: string, options: DataOptions = {}) {
  return ApiOkResponse({ description, type: dataResponseOf(model, options) });
}

export function ApiPaginatedOk(model: Type<unknown>, description: string) {
  return ApiOkResponse({ description, type: paginatedResponseOf(model) });
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad request: an invalid id, query parameter or body.',
  403: "The consumer may not call this path or see this person (the authorisation filter's shape), or an upstream refused access (the error shape).",
  404: 'Not found, or outside what the consumer may see.',
  409: 'Conflict with the current state of the resource.',
  500: 'An upstream service failed or did not answer in time.',
};

/**
 * The security scheme plus the documented error answers of an operation: 403 (the authorisation
 * filter's shape, or the error shape when an upstream refused) and 500 always; 400, 404 and 409 when listed; 400 with a body rule's messages when the
 * operation takes a body (`{ body: true }`).
 */
export function ApiErrors(statuses: Array<400 | 404 | 409>, options: { body?: boolean } = {}) {
  return applyDecorators(
    ApiSecurity(SUBJECT_DN_SCHEME),
    ApiExtraModels(ForbiddenResponse, ErrorResponse),
    ApiResponse({
      status: 403,
      description: ERROR_DESCRIPTIONS[403],
      schema: { oneOf: [{ $ref: getSchemaPath(ForbiddenResponse) }, { $ref: getSchemaPath(ErrorResponse) }] },
    }),
    ApiResponse({ status: 500, description: ERROR_DESCRIPTIONS[500], type: ErrorResponse }),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: ERROR_DESCRIPTIONS[status],
        type: status === 400 && options.body ? ValidationErrorResponse : ErrorResponse,
      }),
    ),
  );
}
