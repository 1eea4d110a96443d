import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Field rules more than one app needs; each app keeps its own messages through `options.message`. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `yyyy-MM-dd` string that is a real calendar date (2023-02-30 is refused) within [min, max]. The
 * default range keeps dates inside what every store and upstream accepts (year 0000 and five-digit years
 * never reach a database); an app that only passes dates on may reach back to year 0000 with `min`.
 */
export function isCalendarDate(value: unknown, range: { min?: string; max?: string } = {}): boolean {
  if (typeof value !== 'string') return false;
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  // Not `Date.UTC(year, …)`: it reads years 0–99 as 1900–1999, so 0001-01-01 would never match.
  const date = new Date(0);
  date.setUTCFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  return value >= (range.min ?? '0001-01-01') && value <= (range.max ?? '9999-12-31');
}

export function IsCalendarDate(
  range: { min?: string; max?: string } = {},
  options: ValidationOptions = {},
): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(property),
      options: { message: ({ property: name }) => `${name} must be a real date (yyyy-MM-dd)`, ...options },
      constraints: [range],
      validator: { validate: (value: unknown) => isCalendarDate(value, range) },
    });
}

/**
 * A query or path parameter holding a whole number: only plain digits convert (`1e3`, `0x10`, ` 7`
 * and `1.0` stay strings, so `@IsInt()` refuses them); pair it with `@IsInt()` and `@Min`/`@Max`.
 */
export function ToInteger(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value,
  );
}
