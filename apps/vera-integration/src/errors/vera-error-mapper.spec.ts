import { UpstreamTimeoutError } from '@libs/upstream';
import { VeraFailure } from './vera-problem';
import { veraErrorMapper } from './vera-error-mapper';

const api = { id: 'req-1', method: 'GET', url: '/api/providers/10000000/learners/9990000011', headers: {} };
const page = { ...api, url: '/records' };

describe('veraErrorMapper', () => {
  it('answers a failure raised by vera code with its catalogue entry and the detail', () => {
    expect(
      veraErrorMapper(
        new VeraFailure('PROVIDER_NOT_FOUND', 'No provider is registered for UKPRN 10000000'),
        api,
      ),
    ).toEqual({
      status: 404,
      body: {
        status: 404,
        errorCode: 'PROVIDER_NOT_FOUND',
        userMessage: 'This organisation is not set up to use the service. Ask an administrator to add it.',
        developerMessage: 'No provider is registered for UKPRN 10000000',
        moreInfo: 'req-1',
      },
    });
  });

  it('keeps one code for the two sign-in refusals, with words for each', () => {
    const expired = veraErrorMapper(new VeraFailure('SIGN_IN_LINK_EXPIRED', 'used ticket'), api);
    const required = veraErrorMapper(new VeraFailure('SIGN_IN_REQUIRED', 'no session'), api);
    expect([expired.status, required.status]).toEqual([401, 401]);
    expect(expired.body).toMatchObject({
      errorCode: 'SIGN_IN_REQUIRED',
      userMessage: 'This sign-in link has expired or has already been used.',
    });
    expect(required.body).toMatchObject({
      errorCode: 'SIGN_IN_REQUIRED',
      userMessage: 'Sign in through your MIS to use these pages.',
    });
  });

  it('maps typed upstream errors, and renders pages as HTML', () => {
    const timeout = new UpstreamTimeoutError('vera', 5000, 'GET /learners');
    expect(veraErrorMapper(timeout, api)).toMatchObject({
      status: 504,
      body: { errorCode: 'UPSTREAM_TIMEOUT' },
    });
    const html = veraErrorMapper(timeout, page);
    expect(html.status).toBe(504);
    expect(html.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8' });
    expect(String(html.body)).toContain('did not answer in time');
  });
});
