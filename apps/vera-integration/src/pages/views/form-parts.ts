import { html, SafeHtml } from '../html';

export type FieldErrors = Record<string, string>;

export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}

/** GOV.UK-style summary at the top of the page, each message linking to its field. */
export function errorSummary(errors: FieldErrors): SafeHtml | null {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">There is a problem</h2>
    <ul>
      ${entries.map(([field, message]) => html`<li><a href="#${field}">${message}</a></li>`)}
    </ul>
  </div>`;
}

export interface InputField {
  name: string;
  label: string;
  hint?: string;
  type: 'text' | 'date' | 'tel';
  value?: string;
  autocomplete?: string;
  inputmode?: string;
}

/** A labelled input with its hint and error wired to it through aria-describedby. */
export function inputField(field: InputField, errors: FieldErrors): SafeHtml {
  const error = errors[field.name];
  const describedBy = [field.hint ? `${field.name}-hint` : '', error ? `${field.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="form-group${error ? ' form-group--error' : ''}">
    <label for="${field.name}">${field.label}</label>
    ${field.hint ? html`<p class="hint" id="${field.name}-hint">${field.hint}</p>` : null}
    ${error ? html`<p class="error-message" id="${field.name}-error"><span class="visually-hidden">Error:</span> ${error}</p>` : null}
    <input
      type="${field.type}"
      id="${field.name}"
      name="${field.name}"
      value="${field.value ?? ''}"
      ${describedBy ? html`aria-describedby="${describedBy}"` : null}
      ${error ? html`aria-invalid="true"` : null}
      ${field.autocomplete ? html`autocomplete="${field.autocomplete}"` : null}
      ${field.inputmode ? html`inputmode="${field.inputmode}"` : null}
    />
  </div>`;
}
