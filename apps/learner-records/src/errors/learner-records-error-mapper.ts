import { ForbiddenRoleError, MissingHeaderError, UnauthenticatedError } from '@libs/auth';
import { classifyError, ErrorMapper, ErrorRequest, MappedError } from '@libs/errors';
import {
  declaredProperties,
  inSentOrder,
  NOT_AN_OBJECT,
  RequestValidationError,
  UNKNOWN_PROPERTY,
  type ValidationIssue,
} from '@libs/platform';
import { UnknownQueueError } from '@libs/queue';
import { sarQueryRefusal } from '../sar/sar-errors';
import { SarQuery } from '../sar/sar-query.dto';
import { UpstreamError, UpstreamTimeoutError } from '@libs/upstream';
import { JSON_REQUIRED, JSON_TYPE, referenceClassName } from '../common/validation-rules';
import { LrsFaultError, LrsMaintenanceError, MiapApiException } from '../upstream/lrs-failure';
import {
  errorBody,
  forbidden,
  validationFailedBody,
  lrsError,
  lrsTimeout,
  lrsUnderMaintenance,
  methodNotAllowed,
  missingHeader,
  noResourceFound,
  unexpectedError,
  unreadableBody,
  unrecognizedField,
} from './learner-records-errors';
import { KnownRoutes } from './known-routes';

/**
 * Renders every error the service's way: the JSON envelope with the status enum
 * name, except 401, which has an empty body and a `WWW-Authenticate` challenge.
 */
export function learnerRecordsErrorMapper(routes: KnownRoutes): ErrorMapper {
  return (error, request): MappedError => {
    if (error instanceof UnauthenticatedError)
      return { status: 401, body: null, headers: { 'WWW-Authenticate': challenge(error.reason) } };
    if (error instanceof ForbiddenRoleError) return { status: 403, body: forbidden(error.message) };
    if (error instanceof MissingHeaderError) return { status: 400, body: missingHeader(error.header) };
    if (error instanceof RequestValidationError) {
      return error.location === 'body' ? bodyAnswer(error, request) : validationAnswer(error);
    }
    if (error instanceof UpstreamError && error.upstream === 'lrs') return lrsAnswer(error);
    if (error instanceof UnknownQueueError) {
      return {
        status: 404,
        body: errorBody(404, 'Queue not found', error.message, error.message, 'Queue not found'),
      };
    }
    const kind = classifyError(error, request.method, request.url);
    switch (kind.kind) {
      case 'route-not-found': {
        const methods = routes.methodsFor(request.url);
        if (methods.length > 0)
          return {
            status: 405,
            body: methodNotAllowed(request.method, methods[0]),
            headers: { Allow: methods.join(', ') },
          };
        return { status: 404, body: noResourceFound(request.url.split('?')[0]) };
      }
      case 'malformed-body': {
        const message = `JSON parse error: ${kind.message}`;
        return {
          status: 400,
          body: errorBody(
            400,
            'Unreadable HTTP message',
            'Unreadable HTTP message',
            message,
            'Unreadable HTTP message',
          ),
        };
      }
      case 'body-too-large':
        return {
          status: 413,
          body: errorBody(
            413,
            'Payload Too Large',
            'Request body is too large',
            'Request body is too large',
            'Payload Too Large',
          ),
        };
      case 'unsupported-media-type': {
        const message = `Content-Type '${request.headers['content-type'] ?? ''}' is not supported, use application/json`;
        return {
          status: 415,
          body: errorBody(415, 'Unsupported Media Type', message, message, 'Unsupported Media Type'),
        };
      }
      case 'http':
        if (kind.status < 500)
          return {
            status: kind.status,
            body: errorBody(kind.status, kind.message, kind.message, kind.message, kind.message),
          };
        return { status: 500, body: unexpectedError(kind.message) };
      case 'unexpected':
        // The cause's own text (SQL, a driver or library message) is logged, never answered.
        return { status: 500, body: unexpectedError(kind.database ? 'Database error' : 'Internal error') };
    }
  };
}

const PARSE_ERROR = 'JSON parse error';

/**
 * A refused JSON body, as the reference's parser and bean validation answer it, the first that applies:
 * no body or not an object; a value it cannot read (the first sent); a required property missing or
 * null (the first declared); an unknown property (the first sent); then every broken rule.
 */
function bodyAnswer(error: RequestValidationError, request: ErrorRequest): MappedError {
  const className = referenceClassName(error.dtoName ?? 'Object');
  const answer = (body: object): MappedError => ({ status: 400, body });
  const firstWith = (rule: string, issues: readonly ValidationIssue[] = error.issues) =>
    issues.find((issue) => rule in issue.constraints);
  const notAnObject = firstWith(NOT_AN_OBJECT);
  if (notAnObject) {
    const { value } = notAnObject;
    return answer(
      unreadableBody(
        value === undefined || value === null || value === ''
          ? 'Required request body is missing'
          : `${PARSE_ERROR}: Cannot construct instance of \`${className}\` from a non-object value`,
      ),
    );
  }
  const unreadable = firstWith(JSON_TYPE, bySentKeys(error.issues, request));
  if (unreadable) return answer(unreadableBody(`${PARSE_ERROR}: ${unreadable.constraints[JSON_TYPE]}`));
  const missing = firstWith(JSON_REQUIRED);
  if (missing) return answer(unreadableBody(`${PARSE_ERROR}: ${missing.constraints[JSON_REQUIRED]}`));
  const unknown = firstWith(UNKNOWN_PROPERTY);
  if (unknown) {
    const known = error.dto ? declaredProperties(error.dto) : [];
    return answer(
      unrecognizedField(
        `${PARSE_ERROR}: Unrecognized property "${unknown.path}" (class ${className}), not marked as ignorable ` +
          `(${known.length} known properties: ${known.map((name) => `"${name}"`).join(', ')})`,
      ),
    );
  }
  return answer(
    validationFailedBody(
      error.issues.map((issue) => issue.path),
      error.issues.map((issue) => Object.values(issue.constraints).join(', ')),
    ),
  );
}

/** The parser reads properties as they were sent (the routed request's body) and stops at the first it cannot read. */
function bySentKeys(issues: readonly ValidationIssue[], request: ErrorRequest): ValidationIssue[] {
  const body = (request as ErrorRequest & { body?: unknown }).body;
  return inSentOrder(issues, typeof body === 'object' && body !== null ? Object.keys(body) : []);
}

/**
 * The platform's validation of query and path parameters (bodies: `bodyAnswer`): the subject
 * access query in its library's body; a bad `maxMessages` the plain 400 envelope with its message; text
 * no database stores (a `{nomisId}` with a control character) `Validation Failed` for its fields.
 */
function validationAnswer(error: RequestValidationError): MappedError {
  if (error.dtoName === SarQuery.name) {
    const refusal = sarQueryRefusal(error);
    return { status: refusal.status, body: refusal.body };
  }
  if (error.location === 'query') {
    const message = error.issues.flatMap((issue) => Object.values(issue.constraints))[0] ?? 'Invalid query';
    return { status: 400, body: errorBody(400, message, message, message, message) };
  }
  const fields = error.issues.map((issue) => issue.path);
  // The pipe's messages start with the field's name; the envelope lists fields and reasons apart.
  const reasons = error.issues.map((issue) =>
    Object.values(issue.constraints)
      .map((message) => message.replace(new RegExp(`^${escapeRegExp(issue.path)} `), ''))
      .join(', '),
  );
  return { status: 400, body: validationFailedBody(fields, reasons) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * LRS failures, the documented way: a timeout is 408, the maintenance page 424, a fault with its
 * `MIAPAPIException` 500 `LRS Error` with its fields, an error status without one 500 `Unparsable LRS
 * Error` (a 2xx fault without one: `LRS Error` without detail), anything else (connection, open circuit, an unreadable answer) 500 with its message.
 */
function lrsAnswer(error: UpstreamError): MappedError {
  if (error instanceof UpstreamTimeoutError) return { status: 408, body: lrsTimeout(error.message) };
  if (error instanceof LrsMaintenanceError) return { status: 424, body: lrsUnderMaintenance() };
  if (error instanceof LrsFaultError) {
    if (error.exception)
      return { status: 500, body: lrsError(`LRS returned an error: ${describe(error.exception)}`) };
    // The reference could not read a fault without detail; one sent with 2xx is ours to name.
    const is2xx = error.status >= 200 && error.status < 300;
    if (!is2xx) return { status: 500, body: unexpectedError('Unparsable LRS Error') };
    return { status: 500, body: lrsError('LRS returned an error without detail') };
  }
  // An `UpstreamStatusError` says "Unparsable LRS Error"; the others name their cause.
  return { status: 500, body: unexpectedError(error.message) };
}

/** As the reference's data class prints itself; absent fields read `null`. */
function describe(exception: MiapApiException): string {
  const { errorCode, errorActor, description, furtherDetails, errorTimestamp } = exception;
  return (
    `MIAPAPIException(errorCode=${errorCode}, errorActor=${errorActor}, description=${description}, ` +
    `furtherDetails=${furtherDetails}, errorTimestamp=${errorTimestamp})`
  );
}

/** The reason is the auth lib's own words (never token content); quotes are dropped all the same. */
function challenge(reason: string): string {
  if (reason === 'No auth token') return 'Bearer';
  return `Bearer error="invalid_token", error_description="${reason.replace(/["\\]/g, '')}"`;
}
