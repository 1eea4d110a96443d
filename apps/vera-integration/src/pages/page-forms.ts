import { MobileLearnerDetails } from '../upstream/vera-api.client';
import { isUln, normaliseMobile } from '../vera/learner-inputs';

export type FieldErrors = Record<string, string>;

/** Posted form fields arrive as strings (or not at all); anything else (a repeated field) is treated as empty. */
export type PostedForm = Record<string, unknown> | undefined;

export function field(form: PostedForm, name: string): string {
  const value = form?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A ULN as staff paste it: spaces (e.g. `999 000 0011`) are ignored. */
export function readUln(form: PostedForm): { uln?: string; value: string; errors: FieldErrors } {
  const value = field(form, 'uln');
  const uln = value.replace(/\s+/g, '');
  if (uln === '') return { value, errors: { uln: 'Enter a ULN' } };
  if (!isUln(uln)) return { value, errors: { uln: 'ULN must be 10 digits, like 999 000 0011' } };
  return { uln, value, errors: {} };
}

const DATE_PARTS = ['day', 'month', 'year'] as const;
type DatePart = (typeof DATE_PARTS)[number];

/**
 * The GOV.UK date pattern: three fields, messages that say which part is missing or wrong, and the error
 * linked to the first field at fault. Returns `yyyy-MM-dd` when the date is real and in the past.
 */
export function readDateOfBirth(
  form: PostedForm,
  today: Date = new Date(),
): { date?: string; values: Record<DatePart, string>; error?: string; invalidParts: DatePart[] } {
  const values = Object.fromEntries(
    DATE_PARTS.map((part) => [part, field(form, `dateOfBirth-${part}`)]),
  ) as Record<DatePart, string>;
  const missing = DATE_PARTS.filter((part) => values[part] === '');
  if (missing.length === 3)
    return { values, error: 'Enter the learner’s date of birth', invalidParts: [...DATE_PARTS] };
  if (missing.length > 0) {
    return { values, error: `Date of birth must include a ${missing.join(' and ')}`, invalidParts: missing };
  }
  const [day, month, year] = DATE_PARTS.map((part) => Number(values[part]));
  const numeric = DATE_PARTS.every((part) => /^\d+$/.test(values[part]));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    numeric &&
    values.year.length === 4 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!real) return { values, error: 'Date of birth must be a real date', invalidParts: [...DATE_PARTS] };
  const iso = date.toISOString().slice(0, 10);
  if (iso >= today.toISOString().slice(0, 10)) {
    return { values, error: 'Date of birth must be in the past', invalidParts: [...DATE_PARTS] };
  }
  if (year < 1900) return { values, error: 'Date of birth must be after 1900', invalidParts: ['year'] };
  return { date: iso, values, invalidParts: [] };
}

/** The learner's details from the "Send to the learner's phone" form, or the messages to show. */
export function readMobileDetails(form: PostedForm): {
  details?: MobileLearnerDetails;
  errors: FieldErrors;
  values: Record<string, string>;
  invalidDateParts: string[];
} {
  const mobileValue = field(form, 'mobileNumber');
  const dateOfBirth = readDateOfBirth(form);
  const errors: FieldErrors = {};
  const mobileNumber = normaliseMobile(mobileValue);
  if (mobileValue === '') errors.mobileNumber = 'Enter the learner’s mobile number';
  else if (!mobileNumber) errors.mobileNumber = 'Enter a mobile number like 07700 900123 or +44 7700 900123';
  if (dateOfBirth.error) errors[`dateOfBirth-${dateOfBirth.invalidParts[0]}`] = dateOfBirth.error;
  const values = {
    mobileNumber: mobileValue,
    ...Object.fromEntries(DATE_PARTS.map((part) => [`dateOfBirth-${part}`, dateOfBirth.values[part]])),
  };
  const details =
    mobileNumber && dateOfBirth.date ? { mobileNumber, dateOfBirth: dateOfBirth.date } : undefined;
  return { details, errors, values, invalidDateParts: dateOfBirth.invalidParts };
}
