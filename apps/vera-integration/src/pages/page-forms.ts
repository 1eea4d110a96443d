import { MobileLearnerDetails } from '../upstream/vera-api.client';
import { isPastDate, isUln, normaliseMobile } from '../vera/learner-inputs';
import { FieldErrors } from './views/form-parts';

/** Posted form fields arrive as strings (or not at all); anything else is treated as empty. */
export type PostedForm = Record<string, unknown> | undefined;

export function field(form: PostedForm, name: string): string {
  const value = form?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function ulnErrors(uln: string): FieldErrors {
  if (uln === '') return { uln: 'Enter a ULN' };
  return isUln(uln) ? {} : { uln: 'Enter a ULN that is exactly 10 digits, like 9990000011' };
}

/** The learner's details from a Pattern C form, or the messages to show next to each field. */
export function mobileDetailsFrom(form: PostedForm): {
  details?: MobileLearnerDetails;
  errors: FieldErrors;
  values: Record<string, string>;
} {
  const values = { mobileNumber: field(form, 'mobileNumber'), dateOfBirth: field(form, 'dateOfBirth') };
  const errors: FieldErrors = {};
  const mobileNumber = normaliseMobile(values.mobileNumber);
  if (values.mobileNumber === '') errors.mobileNumber = 'Enter a mobile number';
  else if (!mobileNumber) errors.mobileNumber = 'Enter a mobile number like 07700 900123 or +44 7700 900123';
  if (values.dateOfBirth === '') errors.dateOfBirth = 'Enter a date of birth';
  else if (!isPastDate(values.dateOfBirth))
    errors.dateOfBirth = 'Date of birth must be a real date in the past';
  const valid = Object.keys(errors).length === 0 && mobileNumber;
  return { details: valid ? { mobileNumber, dateOfBirth: values.dateOfBirth } : undefined, errors, values };
}
