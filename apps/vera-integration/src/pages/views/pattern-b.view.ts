import { html } from '../html';
import { csrfField, errorSummary, FieldErrors, inputField } from './form-parts';

export function patternBView(csrfToken: string, uln = '', errors: FieldErrors = {}) {
  return html`${errorSummary(errors)}
    <h1>Find a learner's record by ULN</h1>
    <p>
      Use this when the learner has already shared their record with your organisation through the View
      Education Record website.
    </p>
    <form method="post" action="/pattern-b" novalidate>
      ${csrfField(csrfToken)}
      ${inputField(
        {
          name: 'uln',
          label: 'Unique Learner Number (ULN)',
          hint: 'The 10-digit number, for example 9990000011',
          type: 'text',
          value: uln,
          inputmode: 'numeric',
          autocomplete: 'off',
        },
        errors,
      )}
      <button type="submit" class="button">Get learner record</button>
    </form>
    <p><a href="/">Back to start</a></p>`;
}
