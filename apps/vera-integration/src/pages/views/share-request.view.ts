import { html, SafeHtml } from '../html';
import { csrfField } from './form-parts';

export type PollOutcome = 'not-polled' | 'pending' | 'rejected-or-expired';

export interface ShareRequestViewModel {
  correlationId: string;
  pattern: 'A' | 'C';
  qrCode: string | null;
  link: string | null;
  code: string | null;
  expiresAt: Date | null;
  outcome: PollOutcome;
}

function expiryText(expiresAt: Date | null): string | null {
  return expiresAt
    ? `${expiresAt.toISOString().slice(11, 16)} UTC on ${expiresAt.toISOString().slice(0, 10)}`
    : null;
}

function outcomeNotice(model: ShareRequestViewModel): SafeHtml | null {
  switch (model.outcome) {
    case 'pending':
      return html`<div class="notice notice--info" role="status" id="poll-outcome">
        <strong>The learner has not shared their record yet.</strong> Check again once they have agreed in the
        app.
      </div>`;
    case 'rejected-or-expired':
      return html`<div class="notice notice--warning" role="alert" id="poll-outcome">
        <strong>The learner declined, or the request expired.</strong> Requests expire after 5 minutes without
        an answer. Start a new request if the learner still wants to share.
      </div>`;
    case 'not-polled':
      return null;
  }
}

function instructions(model: ShareRequestViewModel): SafeHtml {
  if (model.pattern === 'A') {
    return html`<p>Ask the learner to scan this QR code with the Education Record app and agree to share.</p>
      ${
        model.qrCode
          ? html`<p>
              <img
                class="qr"
                src="${model.qrCode}"
                alt="QR code for the learner to scan with the Education Record app"
                id="qr-code"
              />
            </p>`
          : html`<p class="notice notice--warning">
              The QR image is not available. The learner can open the link below instead.
            </p>`
      }
      ${model.link ? html`<p class="wrap">Link in the QR code: <span id="qr-link">${model.link}</span></p>` : null}`;
  }
  return html`<div class="notice notice--success" role="status">
      We have asked the learner to share. They should get a notification in the Education Record app shortly.
    </div>
    <p>Show the learner this code. The app will ask them to enter it.</p>
    <p class="code" id="share-code">${model.code}</p>`;
}

export function shareRequestView(csrfToken: string, model: ShareRequestViewModel) {
  const expiry = expiryText(model.expiresAt);
  return html`<h1>${model.pattern === 'A' ? 'Learner scans a QR code' : 'Request sent to the learner'}</h1>
    ${outcomeNotice(model)} ${model.outcome === 'rejected-or-expired' ? null : instructions(model)}
    ${expiry && model.outcome !== 'rejected-or-expired' ? html`<p>This request expires at ${expiry}.</p>` : null}
    <dl class="summary">
      <dt>Reference</dt>
      <dd class="wrap" id="correlation-id">${model.correlationId}</dd>
    </dl>
    ${
      model.outcome === 'rejected-or-expired'
        ? html`<p>
            <a class="button" href="/${model.pattern === 'A' ? '' : 'pattern-c'}">Start a new request</a>
          </p>`
        : html`<form method="post" action="/share-requests/${encodeURIComponent(model.correlationId)}/check">
            ${csrfField(csrfToken)}
            <button type="submit" class="button">Check for the learner's record</button>
          </form>`
    }
    <p><a href="/">Back to start</a></p>`;
}
