import { rawRequest } from '@libs/testing';
import { RIVERSIDE, startVeraWorld, VeraWorld } from './vera-test-app';

/** Sign-in links point at this service, whatever Host or X-Forwarded-Host a caller sends. */
describe('sign-in links', () => {
  // One world at a time: each app reads the environment its world set while it starts.
  let world: VeraWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function linkFrom(target: VeraWorld, headers: Record<string, string>): Promise<string> {
    const body = JSON.stringify({ ukprn: RIVERSIDE.ukprn });
    const answer = await rawRequest(target.vera.url, {
      method: 'POST',
      target: '/api/page-sessions',
      headers: { authorization: `Bearer ${target.misToken}`, 'content-type': 'application/json', ...headers },
      body,
    });
    expect(answer.status).toBe(201);
    return (answer.body as { signInUrl: string }).signInUrl;
  }

  it('uses VERA_PUBLIC_URL and ignores Host and X-Forwarded-Host', async () => {
    world = await startVeraWorld({ VERA_PUBLIC_URL: 'https://vera.college-mis.example/' });
    const link = await linkFrom(world, { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    expect(link).toMatch(/^https:\/\/vera\.college-mis\.example\/sign-in\?ticket=[\w-]{43}$/);
  });

  it('in a local run without VERA_PUBLIC_URL, uses the address the app listens on, never Host', async () => {
    world = await startVeraWorld();
    const link = await linkFrom(world, {
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(link).toMatch(new RegExp(`^${world.vera.url.replace(/\./g, '\\.')}/sign-in\\?ticket=`));
    expect(link).not.toContain('evil');
  });
});
