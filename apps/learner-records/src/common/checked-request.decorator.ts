import { AuthenticatedUser, requiredHeader } from '@libs/auth';
import { RequestValidationPipe } from '@libs/platform';
import {
  ArgumentMetadata,
  createParamDecorator,
  ExecutionContext,
  PipeTransform,
  Type,
} from '@nestjs/common';
import { validationFailed } from '../errors/learner-records-errors';
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

/** What the decorator reads off the request, for the pipe to check. */
interface RequestParts {
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
  user: AuthenticatedUser;
}

/**
 * Bodies are validated by the platform's pipe like every other app's, with unknown properties refused
 * (the reference's parser fails on them) and control characters left to the DTO's own rules, where
 * the reference's messages for them are.
 */
const BODY_VALIDATION = new RequestValidationPipe({
  forbidUnknownProperties: true,
  refuseUnstorableText: false,
});

/** A JSON body bound to its request class by the platform's pipe; refusals are `RequestValidationError`s. */
export const validateBody = <T extends object>(type: Type<T>, body: unknown): Promise<T> =>
  BODY_VALIDATION.transform(body, { type: 'body', metatype: type }) as Promise<T>;

/**
 * Checks the body and `X-Username` one after the other, in the endpoint's order: Nest resolves
 * separate parameters concurrently, so separate `@Body()` and header parameters would have no order.
 */
class CheckedRequestPipe implements PipeTransform<RequestParts, Promise<CheckedRequest<unknown>>> {
  async transform(parts: RequestParts, metadata: ArgumentMetadata): Promise<CheckedRequest<unknown>> {
    const options = metadata.data as unknown as CheckedRequestOptions;
    // The lib's `@RequiredHeader` reading, called here so that it runs at its place in the order.
    const readUsername = (): string => requiredHeader(parts.headers, USERNAME_HEADER);
    const readBody = (): Promise<unknown> =>
      options.body ? validateBody(options.body, parts.body) : Promise.resolve(undefined);
    let username: string;
    let body: unknown;
    if (options.bodyFirst) {
      body = await readBody();
      username = readUsername();
    } else {
      username = readUsername();
      body = await readBody();
    }
    return { username, body, user: parts.user };
  }
}

const CheckedParts = createParamDecorator(
  (options: CheckedRequestOptions, context: ExecutionContext): RequestParts => {
    const request = context
      .switchToHttp()
      .getRequest<RequestParts & { params: Record<string, string | undefined> }>();
    // Checked as the arguments are read, before any pipe runs, so that this answer comes first
    // whatever the handler's other parameters are.
    for (const name of options.path ?? []) {
      const problems = storableTextProblems(request.params[name] ?? '');
      if (problems.length) throw validationFailed([name], [problems.join(', ')]);
    }
    return { body: request.body, headers: request.headers, user: request.user };
  },
);

/**
 * The handler's arguments, checked in one deterministic order: the path parameters, then body and
 * `X-Username` in the endpoint's parameter order (400s). The token and the role were checked by the
 * auth guards already (401, then 403 from `@Roles`; fidelity policy: a caller without the role learns
 * nothing from validation errors, where the reference answered 400 first).
 */
export const Checked = (options: CheckedRequestOptions): ParameterDecorator =>
  CheckedParts(options, new CheckedRequestPipe());
