import { html } from '../html';
import { csrfField, errorSummary, FieldErrors, inputField } from './form-parts';

export interface MobileDetails {
  mobileNumber: string;
  dateOfBirth: string;
}

export function patternCFormView(
  csrfToken: string,
  values: Partial<MobileDetails> = {},
  errors: FieldErrors = {},
) {
  return html`${errorSummary(errors)}
    <h1>Ask a learner to share by mobile</h1>
    <p>
      We will check with the Department for Education whether a learner with these details has an education
      record.
    </p>
    <form method="post" action="/pattern-c/check" novalidate>
      ${csrfField(csrfToken)}
      ${inputField(
        {
          name: 'mobileNumber',
          label: 'Mobile number',
          hint: 'For example 07700 900123 or +44 7700 900123',
          type: 'tel',
          value: values.mobileNumber,
          autocomplete: 'off',
        },
        errors,
      )}
      ${inputField({ name: 'dateOfBirth', label: 'Date of birth', type: 'date', value: values.dateOfBirth }, errors)}
      <button type="submit" class="button">Check for an education record</button>
    </form>
    <p><a href="/">Back to start</a></p>`;
}

function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

export function patternCFoundView(csrfToken: string, details: MobileDetails) {
  return html`<h1>Learner found</h1>
    <div class="notice notice--success" role="status">
      A learner with this mobile number and date of birth has an education record.
    </div>
    <dl class="summary">
      <dt>Mobile number</dt>
      <dd>${details.mobileNumber}</dd>
      <dt>Date of birth</dt>
      <dd>${formatDate(details.dateOfBirth)}</dd>
    </dl>
    <p>
      Do you want to ask the learner to share their education record? They will get a notification in the
      Education Record app and will need to enter a code that you show them.
    </p>
    <form method="post" action="/pattern-c/share-request">
      ${csrfField(csrfToken)}
      <input type="hidden" name="mobileNumber" value="${details.mobileNumber}" />
      <input type="hidden" name="dateOfBirth" value="${details.dateOfBirth}" />
      <button type="submit" class="button">Yes, send the request</button>
    </form>
    <p><a href="/pattern-c">Check different details</a></p>`;
}

export function patternCNotFoundView() {
  return html`<h1>No education record found</h1>
    <p>
      No learner with that mobile number and date of birth has an education record. Check the details with the
      learner and try again, or use another way to get their record.
    </p>
    <p><a class="button button--secondary" href="/pattern-c">Try different details</a></p>
    <p><a href="/">Back to start</a></p>`;
}
