import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsUrl,
  Max,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';

/** Decorators for env schema classes: each says what a variable must hold, in words an operator reads. */

type PropertyDecorator = (target: object, propertyName: string) => void;

function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyName) => decorators.forEach((decorate) => decorate(target, propertyName));
}

export function isProduction(env: { NODE_ENV?: string }): boolean {
  return env.NODE_ENV === 'production';
}

/** A whole number in [min, max]. */
export function EnvInteger(range: { min: number; max: number }): PropertyDecorator {
  return all(
    Type(() => Number),
    IsInt({ message: ({ property }) => `${property} must be a whole number` }),
    Min(range.min, { message: ({ property }) => `${property} must be at least ${range.min}` }),
    Max(range.max, { message: ({ property }) => `${property} must be at most ${range.max}` }),
  );
}

/** A number (fractions allowed) in [min, max], e.g. seconds. */
export function EnvNumber(range: { min: number; max: number; exclusiveMin?: boolean }): PropertyDecorator {
  return all(
    Type(() => Number),
    IsNumber(
      { allowNaN: false, allowInfinity: false },
      { message: ({ property }) => `${property} must be a number` },
    ),
    registerRule(
      'inRange',
      (value) =>
        typeof value === 'number' &&
        (range.exclusiveMin ? value > range.min : value >= range.min) &&
        value <= range.max,
      (property) =>
        `${property} must be ${range.exclusiveMin ? 'more than' : 'at least'} ${range.min} and at most ${range.max}`,
    ),
  );
}

/** `true` or `false` (any case); anything else is a problem, not silently false. */
export function EnvBoolean(): PropertyDecorator {
  return all(
    Transform(({ value }: { value: unknown }) => {
      const text = typeof value === 'string' ? value.toLowerCase() : value;
      return text === 'true' ? true : text === 'false' ? false : value;
    }),
    IsBoolean({ message: ({ property }) => `${property} must be true or false` }),
  );
}

/** An absolute http(s) URL; hosts without a dot (localhost, cluster service names) are allowed. */
export function EnvUrl(): PropertyDecorator {
  return IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: ({ property }) => `${property} must be an http or https URL` },
  );
}

/** A required value. */
export function EnvRequired(): PropertyDecorator {
  return IsNotEmpty({ message: ({ property }) => `${property} is required` });
}

/**
 * Words that mark a value as made up: the placeholders of `.env.development` (`change-me`) and the fake
 * credentials of `.env.local`, which only the local stubs accept.
 */
const PLACEHOLDER = /change-?me|placeholder|local|stub|example|dummy/i;

export function isPlaceholderSecret(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/** A required credential; in production a placeholder or local value is refused (fail closed). */
export function EnvSecret(): PropertyDecorator {
  return all(
    EnvRequired(),
    registerRule(
      'notPlaceholderInProduction',
      (value, args) =>
        !(
          isProduction(args.object as { NODE_ENV?: string }) &&
          typeof value === 'string' &&
          isPlaceholderSecret(value)
        ),
      (property) => `${property} holds a placeholder or local value, refused in production`,
    ),
  );
}

/** A rule of its own on a variable, e.g. one that compares it with another (`holds` sees the whole env). */
export function EnvRule(
  name: string,
  holds: (value: unknown, env: Record<string, unknown>) => boolean,
  message: (property: string) => string,
): PropertyDecorator {
  return registerRule(name, (value, args) => holds(value, args.object as Record<string, unknown>), message);
}

/**
 * A variable with a parser of its own (a key ring, a list of secrets): the variable is good when `parse`
 * returns, and the message of what it throws is the problem. Those messages must name the variable and
 * never quote a value that may be secret.
 */
export function EnvParsed(
  name: string,
  parse: (value: unknown, env: Record<string, unknown>) => void,
): PropertyDecorator {
  const problem = (value: unknown, env: object): string | undefined => {
    try {
      parse(value, env as Record<string, unknown>);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value, args) => problem(value, args?.object ?? {}) === undefined,
        defaultMessage: (args) =>
          (args ? problem(args.value, args.object) : undefined) ?? `${propertyName} is invalid`,
      },
    });
}

function registerRule(
  name: string,
  holds: (value: unknown, args: ValidationArguments) => boolean,
  message: (property: string) => string,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      validator: { validate: holds, defaultMessage: (args) => message(args?.property ?? propertyName) },
    });
}
