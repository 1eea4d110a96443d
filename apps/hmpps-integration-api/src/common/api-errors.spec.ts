import { throwIfErrors } from './api-errors';
import { mapError } from './error-mapper';
import { UpstreamApi, UpstreamApiErrorType, upstreamApiError } from './upstream-api-error';

const notFoundError = upstreamApiError(
  UpstreamApi.PRISONER_OFFENDER_SEARCH,
  UpstreamApiErrorType.ENTITY_NOT_FOUND,
);
const badRequestError = upstreamApiError(
  UpstreamApi.NOMIS,
  UpstreamApiErrorType.BAD_REQUEST,
  'Invalid HMPPS ID: x',
);

/** What the caller is answered: the thrown error through the app's error mapper. */
function thrown(action: () => void): { status: number; body: unknown } {
  try {
    action();
  } catch (error) {
    const { status, body } = mapError(error, { id: 'test', method: 'GET', url: '/v1/test', headers: {} });
    return { status, body };
  }
  throw new Error('nothing was thrown');
}

describe('throwIfErrors', () => {
  it('does nothing when the service met no error', () => {
    expect(() => throwIfErrors({ errors: [] }, { notFound: 'gone' })).not.toThrow();
  });

  it('answers 404 with the code-side message order (userMessage plain, developerMessage prefixed)', () => {
    const error = thrown(() =>
      throwIfErrors({ errors: [notFoundError] }, { notFound: 'Could not find person with id: X' }),
    );
    expect(error.status).toBe(404);
    expect(error.body).toEqual({
      status: 404,
      errorCode: null,
      userMessage: 'Could not find person with id: X',
      developerMessage: '404 Not found error: Could not find person with id: X',
      moreInfo: null,
    });
  });

  it('prefers 400 over 404 when both are present', () => {
    const error = thrown(() =>
      throwIfErrors(
        { errors: [notFoundError, badRequestError] },
        { notFound: 'gone', badRequest: 'Invalid HMPPS ID: x' },
      ),
    );
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({
      userMessage: 'Invalid HMPPS ID: x',
      developerMessage: 'Validation failure: Invalid HMPPS ID: x',
    });
  });

  it('fails with a 500 naming the upstream when the operation does not document the error', () => {
    const forbidden = upstreamApiError(UpstreamApi.NOMIS, UpstreamApiErrorType.FORBIDDEN);
    const error = thrown(() => throwIfErrors({ errors: [forbidden] }, { notFound: 'gone' }));
    expect(error.status).toBe(500);
    expect(error.body).toMatchObject({ userMessage: 'NOMIS answered FORBIDDEN' });
  });
});
