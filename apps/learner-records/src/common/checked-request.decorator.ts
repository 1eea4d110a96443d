import { AuthenticatedUser, requiredHeader } from '@libs/auth';
import { createParamDecorator, ExecutionContext, Type } from '@nestjs/common';
import { validationFailed } from '../errors/learner-records-errors';
import { bindJsonBody } from './bind-json-body';
import { storableTextProblems } from './validation-rules';

export const USERNAME_HEADER = 'X-Username';

export interface CheckedRequestOptions {
  /** Path parameters that are stored or looked up as text (e.g. `nomisId`): checked before header and body. */
  path?: readonly string[];
  /** The request class of the JSON body, when the endpoint takes one. */
  body?: Type<object>;
  /** Check the body before the `X-Username` header (the reference's parameter order differs per endpoint). */
  bodyFirst?: boolean;
}

export interface CheckedRequest<T = undefined> {
  /** The end user, from `X-Username` (may be empty). */
  username: string;
  body: T;
  user: AuthenticatedUser;
}

/**
 * The handler's arguments, checked in one deterministic order: the path parameters, then body and
 * `X-Username` in the endpoint's parameter order (400s). The token and the role were checked by the
 * auth guards already (401, then 403 from `@Roles`; fidelity policy: a caller without the role learns
 * nothing from validation errors, where the reference answered 400 first).
 */
export const Checked = createParamDecorator(
  (options: CheckedRequestOptions, context: ExecutionContext): CheckedRequest<unknown> => {
    const request = context.switchToHttp().getRequest<{
      body?: unknown;
      params: Record<string, string | undefined>;
      headers: Record<string, string | string[] | undefined>;
      user: AuthenticatedUser;
    }>();
    // The lib's `@RequiredHeader` reading, called here so that it runs at its place in the order.
    const readUsername = (): string => requiredHeader(request.headers, USERNAME_HEADER);
    for (const name of options.path ?? []) {
      const problems = storableTextProblems(request.params[name] ?? '');
      if (problems.length) throw validationFailed([name], [problems.join(', ')]);
    }
    const readBody = (): unknown => (options.body ? bindJsonBody(options.body, request.body) : undefined);
    let username: string;
    let body: unknown;
    if (options.bodyFirst) {
      body = readBody();
      username = readUsername();
    } else {
      username = readUsername();
      body = readBody();
    }
    return { username, body, user: request.user };
  },
);
