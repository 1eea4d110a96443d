import { rawRequest } from '@libs/testing';
import { useHmppsApi } from './hmpps-test-app';

/**
 * The probe's critical finding: the authoriser read the path up to `?` while the router also stops at
 * `#`, so `…/serious-harm#/name` was authorised as a `/name` call and served risk data. The consumer's
 * patterns must hold on the route that actually runs, however the request target is written.
 */
describe('consumer authorisation holds on the routed path, whatever the raw request target', () => {
  const context = useHmppsApi();
  const privatePrisonOnly = { 'subject-distinguished-name': 'C=GB,O=Local,CN=private-prison-only' };

  // private-prison may call /v1/persons/{id}/name but not the serious-harm risks.
  it.each([
    '/v1/persons/G2996UX/risks/serious-harm#/name',
    '/v1/persons/G2996UX/risks/serious-harm#/../name',
    '/v1/persons/G2996UX/risks/serious-h%61rm',
    '/v1/persons/G2996UX/risks/serious-harm?/name',
  ])('refuses %s for a consumer without the serious-harm route', async (target) => {
    await context.stubs.clearRequests();
    const response = await rawRequest(context.app.url, { target, headers: privatePrisonOnly });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      status: 403,
      message: 'Unable to authorise /v1/persons/G2996UX/risks/serious-harm for private-prison-only',
    });
    expect(await context.stubs.requests('/assess-risks-and-needs')).toEqual([]);
  });

  it('still serves the route the consumer may call', async () => {
    const response = await rawRequest(context.app.url, {
      target: '/v1/persons/G2996UX/name',
      headers: privatePrisonOnly,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a write reached through a fragment, and queues nothing', async () => {
    await context.stubs.clearRequests();
    const response = await rawRequest(context.app.url, {
      method: 'PUT',
      target: '/v1/persons/G2996UX/expression-of-interest/jobs/J1#/name',
      headers: privatePrisonOnly,
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      message:
        'Unable to authorise /v1/persons/G2996UX/expression-of-interest/jobs/J1 for private-prison-only',
    });
    expect(await context.stubs.requests('/prisoner-offender-search')).toEqual([]);
  });
});
