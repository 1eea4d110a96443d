import type { ErrorRequest } from '@libs/errors';
import type { FastifyRequest } from 'fastify';
import type { VeraProblem } from '../errors/vera-problem';
import { renderPage } from './renderer';

interface Explanation {
  heading: string;
  paragraphs: string[];
  /** Ways on from here; signed-in staff always also get the navigation. */
  links: Array<{ href: string; text: string }>;
}

const HOME = { href: '/', text: 'Back to home' };

/** What staff can do about each failure they can meet; anything else shows the problem's own message. */
const EXPLANATIONS: Record<string, Explanation> = {
  SIGN_IN_REQUIRED: {
    heading: 'You need to sign in',
    paragraphs: [
      'Open these pages from your MIS: it signs you in for your organisation.',
      'A sign-in link works once, for 1 minute. If yours has expired, open the pages from your MIS again.',
    ],
    links: [],
  },
  CSRF_TOKEN_INVALID: {
    heading: 'This form has expired',
    paragraphs: [
      'For your security, forms only work when sent from this service’s own pages while you are signed in.',
      'Go back, reload the page and try again. If you have signed out, open the pages from your MIS again.',
    ],
    links: [HOME],
  },
  NOT_FOUND: {
    heading: 'Page not found',
    paragraphs: ['If you typed the web address, check it is correct.'],
    links: [HOME],
  },
  SHARE_REQUEST_NOT_FOUND: {
    heading: 'Share request not found',
    paragraphs: ['This share request does not exist for your organisation, or DfE no longer knows it.'],
    links: [
      { href: '/show-qr-code', text: 'Show a new QR code' },
      { href: '/send-to-phone', text: 'Send a new request to the learner’s phone' },
      HOME,
    ],
  },
  PROVIDER_NOT_FOUND: {
    heading: 'Your organisation is not set up',
    paragraphs: ['Ask an administrator to add your organisation and its DfE credentials to this service.'],
    links: [],
  },
};

/** The error page: the navigation and provider banner whenever the visitor is signed in, and a way on. */
/** `request` may be a request that failed before routing (no page frame: the page has no navigation). */
export function errorPage(
  problem: VeraProblem,
  request: ErrorRequest & { pageFrame?: FastifyRequest['pageFrame'] },
): string {
  const known = EXPLANATIONS[problem.errorCode];
  const frame = request.pageFrame;
  const signedIn = Boolean(frame?.viewer);
  const heading =
    known?.heading ??
    (problem.status >= 500 ? 'Sorry, there is a problem with the service' : 'There is a problem');
  return renderPage('message.njk', {
    ...frame,
    heading,
    paragraphs: known?.paragraphs ?? [problem.userMessage, 'Nothing has been saved about the learner.'],
    requestId: problem.status >= 500 ? String(request.id) : undefined,
    links: known?.links ?? (signedIn ? [{ href: request.url.split('?')[0], text: 'Try again' }, HOME] : []),
  });
}
