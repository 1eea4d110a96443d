import { mapError } from '../common/error-mapper';
import { UpstreamApi, upstreamApiError, UpstreamApiErrorType } from '../common/upstream-api-error';
import { dataUnlessNotFound } from './tolerate-not-found';

describe('dataUnlessNotFound', () => {
  it('gives the data of a result without errors', () => {
    expect(dataUnlessNotFound({ data: [1, 2], errors: [] }, [])).toEqual([1, 2]);
  });

  it('gives the fallback for a 404', () => {
    const notFound = upstreamApiError(UpstreamApi.NDELIUS, UpstreamApiErrorType.ENTITY_NOT_FOUND);
    expect(dataUnlessNotFound({ data: null, errors: [notFound] }, 'nothing')).toBe('nothing');
  });

  it('fails with a 500 naming the upstream for any other error', () => {
    const conflict = upstreamApiError(UpstreamApi.NOMIS, UpstreamApiErrorType.CONFLICT);
    let thrown: unknown;
    try {
      dataUnlessNotFound({ data: null, errors: [conflict] }, null);
    } catch (error) {
      thrown = error;
    }
    const answer = mapError(thrown, { id: 'test', method: 'GET', url: '/v1/test', headers: {} });
    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({ userMessage: 'NOMIS answered CONFLICT' });
  });
});
