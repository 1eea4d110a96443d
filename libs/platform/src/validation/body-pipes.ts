import { createParamDecorator, type ExecutionContext, type PipeTransform, type Type } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  NOT_A_LIST,
  RequestValidationError,
  WRONG_LIST_SIZE,
  type ValidationIssue,
} from './request-validation.error';
import { RequestValidationOptions, RequestValidationPipe } from './request-validation.pipe';

/**
 * Bodies that are not one required JSON object: a body that may be left out, and a JSON array of DTOs.
 * Both are read by a custom parameter decorator, which the platform's global pipe leaves alone, and
 * checked here by the same `RequestValidationPipe` (the app's own options), so their refusals are the
 * same `RequestValidationError`s every other body gives and the app's error mapper renders them.
 */

const rawBody = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<FastifyRequest>().body,
);

/**
 * Nest resolves a handler's parameters concurrently and answers with the first refusal, so a body that
 * is refused at once (not an object) would beat a query refused after its rules ran. Checking a query or
 * path parameter is all microtasks; a refused body waits one macrotask turn, so that the query's refusal
 * comes first, as it did when the body was read after the query. Only refusals wait.
 */
async function afterOtherParameters(error: unknown): Promise<never> {
  await new Promise((resolve) => setImmediate(resolve));
  throw error;
}

/** No body at all, JSON `null`, or an empty text body. */
function isAbsent(body: unknown): boolean {
  return body === undefined || body === null || body === '';
}

class OptionalBodyPipe implements PipeTransform<unknown, Promise<unknown>> {
  constructor(
    private readonly type: Type<unknown>,
    private readonly pipe: RequestValidationPipe,
  ) {}

  async transform(body: unknown): Promise<unknown> {
    if (isAbsent(body)) return undefined;
    return this.pipe.transform(body, { type: 'body', metatype: this.type }).catch(afterOtherParameters);
  }
}

export interface ListSize {
  min: number;
  max: number;
}

class BodyListPipe implements PipeTransform<unknown, Promise<unknown[]>> {
  constructor(
    private readonly type: Type<unknown>,
    private readonly size: ListSize,
    private readonly pipe: RequestValidationPipe,
  ) {}

  async transform(body: unknown): Promise<unknown[]> {
    const shape = this.shapeIssue(body);
    if (shape) return afterOtherParameters(new RequestValidationError('body', [shape]));
    const list = body as unknown[];
    const items = await Promise.allSettled(
      list.map((item) => this.pipe.transform(item, { type: 'body', metatype: this.type })),
    );
    const issues = items.flatMap((item, index) =>
      item.status === 'fulfilled' ? [] : itemIssues(item.reason, index),
    );
    if (issues.length > 0) {
      return afterOtherParameters(new RequestValidationError('body', issues, this.type.name, this.type));
    }
    return items.map((item) => (item as PromiseFulfilledResult<unknown>).value);
  }

  /** What is wrong with the list as a whole: not a list, or too few or too many items. */
  private shapeIssue(body: unknown): ValidationIssue | undefined {
    const { min, max } = this.size;
    if (!Array.isArray(body)) {
      return { path: '', constraints: { [NOT_A_LIST]: 'Request body must be a JSON array' }, value: body };
    }
    if (body.length >= min && body.length <= max) return undefined;
    return {
      path: '',
      constraints: { [WRONG_LIST_SIZE]: `Request body must hold between ${min} and ${max} items` },
      value: body.length,
    };
  }
}

/** An item's issues, at their place in the list: `[2]` for the item itself, `[2].name` for its fields. */
function itemIssues(reason: unknown, index: number): ValidationIssue[] {
  if (!(reason instanceof RequestValidationError)) throw reason;
  return reason.issues.map((issue) => ({
    ...issue,
    path: issue.path === '' ? `[${index}]` : `[${index}].${issue.path}`,
  }));
}

/**
 * The body decorators of an app, bound to its validation options (those it gives the platform):
 * `OptionalBody(Dto)` is `undefined` when no body is sent and the checked DTO otherwise;
 * `BodyList(Dto, { min, max })` is a JSON array of min–max checked DTOs (an item that is not an object is
 * `NOT_AN_OBJECT` at `[index]`).
 */
export function bodyDecorators(options: RequestValidationOptions = {}) {
  const pipe = new RequestValidationPipe(options);
  return {
    OptionalBody: (type: Type<unknown>): ParameterDecorator =>
      rawBody(undefined, new OptionalBodyPipe(type, pipe)),
    BodyList: (type: Type<unknown>, size: ListSize): ParameterDecorator =>
      rawBody(undefined, new BodyListPipe(type, size, pipe)),
  };
}
