import { html, SafeHtml } from '../html';

/** Who is using the pages: the provider the session was opened for. */
export interface PageViewer {
  ukprn: string;
  providerName: string;
  username?: string;
}

export interface PageModel {
  title: string;
  main: SafeHtml;
  viewer?: PageViewer;
  /** Needed for the sign-out form whenever a viewer is shown. */
  csrfToken?: string;
}

export const SERVICE_NAME = 'View Education Record';

function navigation(viewer: PageViewer | undefined, csrfToken: string | undefined): SafeHtml | null {
  if (!viewer) return null;
  return html`<nav aria-label="Main">
    <ul class="header__nav">
      <li><a href="/">Home</a></li>
      <li><a href="/#pattern-a">QR code (A)</a></li>
      <li><a href="/pattern-b">ULN (B)</a></li>
      <li><a href="/pattern-c">Mobile (C)</a></li>
      <li>
        <form method="post" action="/sign-out">
          <input type="hidden" name="_csrf" value="${csrfToken}" />
          <button type="submit" class="link-button">Sign out</button>
        </form>
      </li>
    </ul>
  </nav>`;
}

export function layout({ title, main, viewer, csrfToken }: PageModel): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} - ${SERVICE_NAME}</title>
        <link rel="stylesheet" href="/assets/vera.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="header">
          <div class="header__inner">
            <a class="header__service" href="/">${SERVICE_NAME}</a>
            ${navigation(viewer, csrfToken)}
          </div>
        </header>
        ${
          viewer
            ? html`<div class="signed-in">
                <div class="header__inner">
                  <p>
                    Provider: <strong id="provider-name">${viewer.providerName}</strong> (UKPRN
                    <span id="provider-ukprn">${viewer.ukprn}</span
                    >)${viewer.username ? html`, signed in as ${viewer.username}` : null}
                  </p>
                </div>
              </div>`
            : null
        }
        <main class="main" id="main" tabindex="-1">${main}</main>
        <footer class="footer">
          <div class="footer__inner">Learner records are shown for this visit only and are not stored.</div>
        </footer>
      </body>
    </html>`.value;
}
