import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { MissingHeaderError } from './auth-errors';
import { AuthenticatedUser } from './authenticated-user';

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | undefined =>
    context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user,
);

/** The value of a header the route requires; an empty value is accepted, absence is not. */
export const RequiredHeader = createParamDecorator((name: string, context: ExecutionContext): string => {
  const value = context
    .switchToHttp()
    .getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[name.toLowerCase()];
  if (value === undefined) throw new MissingHeaderError(name);
  return Array.isArray(value) ? value[0] : value;
});
