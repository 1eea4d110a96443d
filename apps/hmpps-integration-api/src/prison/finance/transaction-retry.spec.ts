import { UpstreamConnectionError, UpstreamStatusError, UpstreamTimeoutError } from '@libs/upstream';
import { postWithRetries } from './transaction-retry';

const POLICY = { retries: 3, backoffMs: 1 };

/** A post that fails with each of `failures` in turn, then succeeds. */
function postFailingWith(...failures: Error[]) {
  let calls = 0;
  const post = jest.fn(async () => {
    const failure = failures[calls++];
    if (failure) throw failure;
    return 'posted';
  });
  return post;
}

describe('postWithRetries', () => {
  it('posts once when the first attempt is answered', async () => {
    const post = postFailingWith();
    await expect(postWithRetries(post, POLICY)).resolves.toEqual({ value: 'posted', resent: false });
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('resends after a timeout, a broken connection and a gateway status', async () => {
    const post = postFailingWith(
      new UpstreamTimeoutError('prison-api', 1000, 'POST /x'),
      new UpstreamConnectionError('prison-api', 'ECONNRESET', 'POST /x'),
      new UpstreamStatusError('prison-api', 504, undefined, '', 'gateway timeout'),
    );
    await expect(postWithRetries(post, POLICY)).resolves.toEqual({ value: 'posted', resent: true });
    expect(post).toHaveBeenCalledTimes(4);
  });

  it('gives up with the last failure once the retries are spent', async () => {
    const unavailable = new UpstreamStatusError('prison-api', 503, undefined, '', 'unavailable');
    const post = postFailingWith(unavailable, unavailable, unavailable, unavailable);
    await expect(postWithRetries(post, POLICY)).rejects.toBe(unavailable);
    expect(post).toHaveBeenCalledTimes(4);
  });

  it('never resends after an answer that refused the post', async () => {
    const refused = new UpstreamStatusError('prison-api', 500, undefined, '', 'server error');
    const post = postFailingWith(refused);
    await expect(postWithRetries(post, POLICY)).rejects.toBe(refused);
    expect(post).toHaveBeenCalledTimes(1);
  });
});
