import { backOffDelayMs, isRetryableStatus, mayRetry } from './retry-policy';

describe('retry policy', () => {
  it('waits between half and all of an exponentially growing ceiling, capped at one second', () => {
    const lowest = [1, 2, 3, 4, 5, 6, 10].map((attempt) => backOffDelayMs(attempt, () => 0));
    const highest = [1, 2, 3, 4, 5, 6, 10].map((attempt) => backOffDelayMs(attempt, () => 1));

    expect(lowest).toEqual([25, 50, 100, 200, 400, 500, 500]);
    expect(highest).toEqual([50, 100, 200, 400, 800, 1000, 1000]);
  });

  it('retries idempotent methods only, unless a call says otherwise', () => {
    expect(['GET', 'HEAD', 'PUT', 'DELETE'].map((method) => mayRetry(method as 'GET', undefined))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(mayRetry('POST', undefined)).toBe(false);
    expect(mayRetry('POST', true)).toBe(true);
    expect(mayRetry('GET', false)).toBe(false);
  });

  it('treats only gateway answers as worth another attempt', () => {
    expect([500, 501, 502, 503, 504, 429].filter(isRetryableStatus)).toEqual([502, 503, 504]);
  });
});
