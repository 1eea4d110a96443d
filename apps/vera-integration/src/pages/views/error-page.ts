import type { VeraProblem } from '../../errors/vera-problem';
import { layout } from './layout';
import { messageView } from './message.view';

/** Headings and advice for the failures staff can meet; anything else shows the problem's own message. */
const EXPLANATIONS: Record<string, { title: string; advice: string[] }> = {
  SIGN_IN_REQUIRED: {
    title: 'You need to sign in',
    advice: [
      'Open these pages from your MIS: it signs you in for your organisation.',
      'A sign-in link works once, for 1 minute. If yours has expired, open the pages from your MIS again.',
    ],
  },
  CSRF_TOKEN_INVALID: {
    title: 'This form has expired',
    advice: [
      "For your security, forms only work when sent from this service's own pages.",
      'Go back, reload the page and try again.',
    ],
  },
  NOT_FOUND: { title: 'Page not found', advice: ['Check the address, or start again from the home page.'] },
  PROVIDER_NOT_FOUND: {
    title: 'Your organisation is not set up',
    advice: [
      'Ask an administrator to add your organisation (UKPRN) and its DfE credentials to this service.',
    ],
  },
};

export function errorPage(problem: VeraProblem, requestId: string): string {
  const known = EXPLANATIONS[problem.errorCode];
  const title =
    known?.title ??
    (problem.status >= 500 ? 'Sorry, there is a problem with the service' : 'Something was not right');
  return layout({
    title,
    main: messageView({
      heading: title,
      paragraphs: known ? known.advice : [problem.userMessage, 'Nothing has been saved about the learner.'],
      requestId: problem.status >= 500 ? requestId : undefined,
      backLink: problem.errorCode === 'SIGN_IN_REQUIRED' ? null : undefined,
    }),
  });
}
