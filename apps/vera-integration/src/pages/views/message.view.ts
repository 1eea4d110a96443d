import { html, SafeHtml } from '../html';

export interface MessageModel {
  heading: string;
  paragraphs: Array<string | SafeHtml>;
  /** Shown so support can find the request in the logs. */
  requestId?: string;
  /** Defaults to the home page; null for pages seen without a session, where home would only ask to sign in. */
  backLink?: { href: string; text: string } | null;
}

/** Every "it did not work" page: what happened, what to do next, and a way on. */
export function messageView({
  heading,
  paragraphs,
  requestId,
  backLink = { href: '/', text: 'Back to start' },
}: MessageModel) {
  return html`<h1>${heading}</h1>
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
    ${requestId ? html`<p class="hint">Reference for support: <span id="request-id">${requestId}</span></p>` : null}
    ${backLink ? html`<p><a href="${backLink.href}">${backLink.text}</a></p>` : null}`;
}
