import { mapError } from './error-mapper';
import { booleanParam, isoDate, pageRequest, positiveInteger } from './query-params';

function statusOf(action: () => unknown): number | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return mapError(error, { id: 'test', method: 'GET', url: '/v1/test', headers: {} }).status;
  }
}

describe('query parameters', () => {
  it('uses the defaults when page and perPage are absent', () => {
    expect(pageRequest({})).toEqual({ page: 1, perPage: 10 });
    expect(pageRequest({}, 8)).toEqual({ page: 1, perPage: 8 });
  });

  it.each(['0', '-1', 'abc', '1.5', '99999999999999999999'])('refuses page %s with 400', (value) => {
    expect(statusOf(() => positiveInteger(value, 'page', 1))).toBe(400);
  });

  it('accepts a real calendar date and refuses impossible or badly formatted ones', () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate(undefined)).toBeUndefined();
    expect(statusOf(() => isoDate('2023-02-30'))).toBe(400);
    expect(statusOf(() => isoDate('01/02/2020'))).toBe(400);
  });

  it('reads booleans like Spring and refuses anything else', () => {
    expect(booleanParam('TRUE', 'flag', false)).toBe(true);
    expect(booleanParam(undefined, 'flag', false)).toBe(false);
    expect(statusOf(() => booleanParam('yes', 'flag', false))).toBe(400);
  });
});
