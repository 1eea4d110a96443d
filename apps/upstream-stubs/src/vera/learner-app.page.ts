import { StubLearner } from './vera-fixtures';
import { StubShareRequest } from './vera-stub.state';

function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - Education Record app (simulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: Arial, sans-serif; max-width: 32rem; margin: 1rem auto; padding: 0 1rem">
<p><strong>Education Record app</strong> - local simulator of the learner's phone</p><main>${body}</main></body></html>`;
}

export function openRequestsPage(
  requests: Array<{ request: StubShareRequest; providerName: string }>,
): string {
  const items = requests
    .map(
      ({
        request,
        providerName,
      }) => `<li><a href="/vera/learner-app/requests/${esc(request.correlationId)}">${esc(providerName)}
      (${request.kind === 'qr' ? 'QR code' : 'notification'})</a></li>`,
    )
    .join('');
  return layout(
    'Requests',
    `<h1>Share requests</h1>${items ? `<ul>${items}</ul>` : '<p>No open requests.</p>'}`,
  );
}

export interface RequestPageModel {
  request: StubShareRequest;
  providerName: string;
  expired: boolean;
  learners: StubLearner[];
  error?: string;
}

function decisionForms(model: RequestPageModel): string {
  const { request, learners } = model;
  const base = `/vera/learner-app/requests/${esc(request.correlationId)}`;
  const identity =
    request.kind === 'qr'
      ? `<label for="uln">Which learner are you?</label>
         <select id="uln" name="uln">${learners
           .map(
             (l) =>
               `<option value="${esc(l.record.uln)}">${esc(l.record.firstName)} ${esc(l.record.lastName)} (ULN ${esc(l.record.uln)})</option>`,
           )
           .join('')}</select>`
      : `<label for="code">Enter the code shown by the provider</label>
         <input id="code" name="code" inputmode="numeric" autocomplete="off">`;
  return `<form method="post" action="${base}/approve"><p>${identity}</p><button type="submit">Share my record</button></form>
    <form method="post" action="${base}/reject"><button type="submit">Do not share</button></form>`;
}

export function requestPage(model: RequestPageModel): string {
  const { request, providerName, expired, error } = model;
  const heading = `<h1>${esc(providerName)} wants to see your education record</h1>`;
  if (expired) return layout('Expired', `${heading}<p id="outcome">This request has expired.</p>`);
  if (request.state !== 'pending') {
    return layout(
      'Done',
      `${heading}<p id="outcome">You have ${request.state === 'approved' ? 'shared your record' : 'declined'}.</p>`,
    );
  }
  const alert = error ? `<p id="error" role="alert">${esc(error)}</p>` : '';
  return layout('Share request', `${heading}${alert}${decisionForms(model)}`);
}
