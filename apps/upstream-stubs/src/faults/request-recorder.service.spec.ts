import {
  RECORDED_BODY_LIMIT_CHARS,
  RECORDED_REQUESTS_LIMIT,
  RequestRecorder,
} from './request-recorder.service';

const request = (url: string, headers: Record<string, string> = {}) => ({
  method: 'GET',
  url,
  query: {},
  headers,
});

describe('RequestRecorder', () => {
  it('keeps only the most recent requests', () => {
    const recorder = new RequestRecorder();

    for (let i = 0; i < RECORDED_REQUESTS_LIMIT + 5; i += 1) {
      recorder.record(request(`/r/${i}`));
    }

    const paths = recorder.list().map((entry) => entry.path);
    expect(paths).toHaveLength(RECORDED_REQUESTS_LIMIT);
    expect(paths[0]).toBe('/r/5');
    expect(paths.at(-1)).toBe(`/r/${RECORDED_REQUESTS_LIMIT + 4}`);
  });

  it('records small bodies and only the size of large ones', () => {
    const recorder = new RequestRecorder();
    const small = recorder.record(request('/small'));
    const large = recorder.record(request('/large'));

    recorder.attachBody(small, { name: 'x' });
    recorder.attachBody(large, 'y'.repeat(RECORDED_BODY_LIMIT_CHARS + 1));

    expect(small.body).toEqual({ name: 'x' });
    expect(large.body).toBe(`[${RECORDED_BODY_LIMIT_CHARS + 1} characters not recorded]`);
  });

  it('keeps the authorization scheme and hides the credential', () => {
    const recorder = new RequestRecorder();

    const entry = recorder.record(
      request('/x?a=1', { authorization: 'Bearer eyJ.secret.sig', accept: 'application/json' }),
    );

    expect(entry.path).toBe('/x');
    expect(entry.headers).toEqual({ authorization: 'Bearer ***', accept: 'application/json' });
  });
});
