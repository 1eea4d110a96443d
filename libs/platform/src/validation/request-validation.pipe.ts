import { ArgumentMetadata, Injectable, type Paramtype, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import {
  NOT_AN_OBJECT,
  RequestValidationError,
  UNSTORABLE_TEXT,
  type ValidationIssue,
} from './request-validation.error';
import { findUnstorableText } from './unstorable-text';

export interface RequestValidationOptions {
  /** Refuse properties the DTO does not declare (default true). Off for APIs whose reference ignores them. */
  forbidUnknownProperties?: boolean;
  /**
   * Refuse control characters and unpaired surrogates in any body, query or path value (default true).
   * Off only for an app that stores nothing and whose reference treats such text as ordinary input
   * (birth-registration-matching: a name of control characters is simply no match).
   */
  refuseUnstorableText?: boolean;
}

const CHECKED: ReadonlySet<Paramtype> = new Set(['body', 'query', 'param']);

function issuesOf(errors: ValidationError[], parent = ''): ValidationIssue[] {
  return errors.flatMap((error) => {
    const path =
      parent === ''
        ? error.property
        : /^\d+$/.test(error.property)
          ? `${parent}[${error.property}]`
          : `${parent}.${error.property}`;
    const own: ValidationIssue[] = error.constraints
      ? [{ path, constraints: error.constraints, value: error.value }]
      : [];
    return [...own, ...issuesOf(error.children ?? [], path)];
  });
}

/**
 * The one validation step of every app, registered by the platform for every route: first text no
 * database can store as sent (control characters, unpaired surrogates) in any body, query or path
 * value; then the handler's DTO (class-validator rules, class-transformer conversions, unknown
 * properties). Guards run before pipes, so a caller is authenticated and authorised before its input
 * is looked at. Failures are `RequestValidationError`s for the app's error mapper.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  private readonly refuseUnstorableText: boolean;

  constructor(options: RequestValidationOptions = {}) {
    const forbidUnknown = options.forbidUnknownProperties ?? true;
    super({
      transform: true,
      whitelist: forbidUnknown,
      forbidNonWhitelisted: forbidUnknown,
      forbidUnknownValues: true,
      validationError: { target: false, value: true },
      exceptionFactory: (errors) => new RequestValidationError('custom', issuesOf(errors)),
    });
    this.refuseUnstorableText = options.refuseUnstorableText ?? true;
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CHECKED.has(metadata.type)) return value;
    const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
    const unstorable = this.refuseUnstorableText ? findUnstorableText(value, root) : [];
    const at = (path: string): unknown =>
      metadata.type === 'body'
        ? undefined
        : path === root
          ? value
          : (value as Record<string, unknown>)?.[path];
    if (unstorable.length > 0) {
      throw new RequestValidationError(
        metadata.type,
        unstorable.map((path) => ({
          path,
          constraints: {
            [UNSTORABLE_TEXT]: `${path || metadata.type} must not contain control characters or unpaired surrogates`,
          },
          // A query or path value is quoted back by some apps' messages; a body's never is.
          value: at(path),
        })),
        metadata.metatype?.name,
      );
    }
    const dto = metadata.metatype;
    if (metadata.type === 'body' && dto && this.toValidate(metadata) && !isPlainObject(value)) {
      throw new RequestValidationError(
        'body',
        [{ path: '', constraints: { [NOT_AN_OBJECT]: 'the body must be a JSON object' }, value }],
        dto.name,
      );
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof RequestValidationError) {
        throw new RequestValidationError(metadata.type, error.issues, dto?.name);
      }
      throw error;
    }
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
