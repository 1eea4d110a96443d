import { ArgumentMetadata, Injectable, type Paramtype, type Type, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import {
  NOT_AN_OBJECT,
  RequestValidationError,
  UNKNOWN_PROPERTY,
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

const DECLARED = new WeakMap<Type<unknown>, readonly string[]>();

/**
 * The properties a DTO declares rules for, in declaration order (inherited ones after its own); read
 * once per class, since every body of the class asks.
 */
export function declaredProperties(dto: Type<unknown>): readonly string[] {
  let declared = DECLARED.get(dto);
  if (!declared) {
    const rules = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    declared = [...new Set(rules.map((rule) => rule.propertyName))];
    DECLARED.set(dto, declared);
  }
  return declared;
}

/**
 * Issues ordered by where their top-level key stands in `sent` (the body's keys as sent), those of keys
 * not sent last; stable. One lookup table, so a body of many keys costs no more than reading it.
 */
export function inSentOrder(issues: readonly ValidationIssue[], sent: readonly string[]): ValidationIssue[] {
  const positions = new Map(sent.map((key, index) => [key, index]));
  const position = (issue: ValidationIssue) => positions.get(issue.path) ?? sent.length;
  return [...issues].sort((a, b) => position(a) - position(b));
}

/**
 * Undeclared top-level keys that never reach the class-validator whitelist: Nest's pipe deletes
 * `constructor` and `prototype` from the value, and class-transformer skips keys naming a member the
 * instance inherits (`toString`, `hasOwnProperty`), so without this they would be dropped unreported.
 */
function undeclaredInheritedKeys(value: Record<string, unknown>, dto: Type<unknown>): string[] {
  const declared = new Set(declaredProperties(dto));
  const blank: object = Object.create(dto.prototype as object);
  return Object.keys(value).filter((key) => !declared.has(key) && (key === 'prototype' || key in blank));
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
  private readonly forbidUnknownProperties: boolean;

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
    this.forbidUnknownProperties = forbidUnknown;
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
        metadata.metatype,
      );
    }
    const dto = metadata.metatype;
    const isBodyDto = metadata.type === 'body' && dto !== undefined && this.toValidate(metadata);
    if (isBodyDto && !isPlainObject(value)) {
      throw new RequestValidationError(
        'body',
        [{ path: '', constraints: { [NOT_AN_OBJECT]: 'the body must be a JSON object' }, value }],
        dto.name,
        dto,
      );
    }
    const body = value as Record<string, unknown>;
    // Read before the transformation, which deletes some of these keys from the value.
    const inherited: ValidationIssue[] =
      isBodyDto && this.forbidUnknownProperties
        ? undeclaredInheritedKeys(body, dto).map((key) => ({
            path: key,
            constraints: { [UNKNOWN_PROPERTY]: `property ${key} should not exist` },
            value: body[key],
          }))
        : [];
    const sent = inherited.length > 0 ? Object.keys(body) : [];
    let issues: readonly ValidationIssue[] = [];
    let result: unknown;
    try {
      result = await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof RequestValidationError)) throw error;
      issues = error.issues;
    }
    if (inherited.length > 0) issues = withUnknownKeys(issues, inherited, sent);
    if (issues.length > 0) throw new RequestValidationError(metadata.type, issues, dto?.name, dto);
    return result;
  }
}

/** The unknown top-level keys first, in the order they were sent, as class-validator lists its own. */
function withUnknownKeys(
  issues: readonly ValidationIssue[],
  inherited: readonly ValidationIssue[],
  sent: readonly string[],
): ValidationIssue[] {
  const sentKeys = new Set(sent);
  const isUnknownKey = (issue: ValidationIssue) =>
    UNKNOWN_PROPERTY in issue.constraints && sentKeys.has(issue.path);
  const unknown = inSentOrder([...issues.filter(isUnknownKey), ...inherited], sent);
  return [...unknown, ...issues.filter((issue) => !isUnknownKey(issue))];
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
