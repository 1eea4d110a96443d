import { html } from '../html';
import { csrfField } from './form-parts';

export function homeView(csrfToken: string) {
  return html`<h1>Get a learner's education record</h1>
    <p class="lead">
      Ask a learner to share their Department for Education education record with your organisation, then see
      it here. Every request is made with your organisation's own DfE credentials.
    </p>

    <h2 id="pattern-a">Pattern A: learner scans a QR code</h2>
    <p>
      Show a QR code to the learner. They scan it with the Education Record app and agree to share. Then check
      for their record.
    </p>
    <form method="post" action="/pattern-a">
      ${csrfField(csrfToken)}
      <button type="submit" class="button">Generate QR code</button>
    </form>

    <h2 id="pattern-b">Pattern B: learner has already shared through View Education Record</h2>
    <p>
      If the learner shared their record with you on the
      <a href="https://view-education-record.education.gov.uk">View Education Record</a> website, enter their
      Unique Learner Number (ULN) to get it.
    </p>
    <p><a class="button button--secondary" href="/pattern-b">Find a record by ULN</a></p>

    <h2 id="pattern-c">Pattern C: send a request to the learner's phone</h2>
    <p>
      Check whether a learner with a given mobile number and date of birth has an education record, then send
      a request to their Education Record app and show them a code to enter.
    </p>
    <p><a class="button button--secondary" href="/pattern-c">Ask by mobile number</a></p>`;
}
