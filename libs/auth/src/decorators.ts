import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { MissingHeaderError } from './auth-errors';
import { AuthenticatedUser } from './authenticated-user';

type Headers = Record<string, string | string[] | undefined>;

function headersOf(context: ExecutionContext): Headers {
  return context.switchToHttp().getRequest<{ headers: Headers }>().headers;
}

/** The first value of a header, or undefined when it is absent. */
export function optionalHeader(headers: Headers, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The value of a header the route requires; an empty value is accepted, absence throws
 * `MissingHeaderError`. The function behind `@RequiredHeader`, for code that must read the header at a
 * fixed point among other checks (Nest does not define the order in which parameter decorators run).
 */
export function requiredHeader(headers: Headers, name: string): string {
  const value = optionalHeader(headers, name);
  if (value === undefined) throw new MissingHeaderError(name);
  return value;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | undefined =>
    context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user,
);

/** e.g. `@RequiredHeader('X-Username') username: string`. */
export const RequiredHeader = createParamDecorator((name: string, context: ExecutionContext): string =>
  requiredHeader(headersOf(context), name),
);

/** e.g. `@OptionalHeader('Audit-Source') auditSource: string | undefined` (a repeated header: its first value). */
export const OptionalHeader = createParamDecorator(
  (name: string, context: ExecutionContext): string | undefined => optionalHeader(headersOf(context), name),
);
