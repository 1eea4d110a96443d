import { request } from 'undici';
import { as, HmppsTestContext, startHmppsApi } from './hmpps-test-app';

const DN = 'subject-distinguished-name';

describe('consumer authorisation', () => {
  let context: HmppsTestContext;

  // The seed era's answer to an unknown consumer (the reference now says its config is missing).
  beforeAll(async () => {
    context = await startHmppsApi({ FEATURE_FLAG_SEED_UNKNOWN_CONSUMER_MESSAGE: 'true' });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('refuses a request without the subject-distinguished-name header, before any upstream call', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get('/v1/persons/G2996UX/name');
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      timestamp: expect.any(String),
      status: 403,
      error: 'Forbidden',
      message: 'No subject-distinguished-name header provided for authorisation',
      path: '/v1/persons/G2996UX/name',
    });
    expect(await context.stubs.requests('/prisoner-offender-search')).toEqual([]);
  });

  it('refuses a DN without a CN', async () => {
    const response = await context.api.get('/v1/persons', {
      headers: { 'subject-distinguished-name': 'C=GB,O=Home Office' },
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('No subject-distinguished-name header provided for authorisation');
  });

  /** Sends the headers as given, in order, so that a header can be repeated (name, value, name, value…). */
  async function getWithRawHeaders(path: string, headers: string[]) {
    const response = await request(`${context.app.url}${path}`, { headers });
    return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
  }

  it.each(['/v1/persons/G2996UX/name', '/v1/hmpps/reference-data', '/health/liveness'])(
    'refuses two subject-distinguished-name headers, even when the second is a known consumer: %s',
    async (path) => {
      await context.stubs.clearRequests();
      const response = await getWithRawHeaders(path, [
        DN,
        'CN=intruder',
        DN,
        'C=GB,O=Home Office,CN=all-access',
      ]);
      expect(response).toEqual({
        status: 403,
        body: {
          timestamp: expect.any(String),
          status: 403,
          error: 'Forbidden',
          message: 'No subject-distinguished-name header provided for authorisation',
          path,
        },
      });
      expect(await context.stubs.requests('/prisoner-offender-search')).toEqual([]);
      expect(await context.stubs.requests('/prison-api')).toEqual([]);
    },
  );

  it('counts header names case-insensitively: the same DN twice under different cases is refused', async () => {
    const twice = await getWithRawHeaders('/v1/persons/G2996UX/name', [
      DN,
      'CN=all-access',
      'Subject-Distinguished-Name',
      'CN=all-access',
    ]);
    expect(twice.status).toBe(403);
    expect(twice.body.message).toBe('No subject-distinguished-name header provided for authorisation');
    const once = await getWithRawHeaders('/v1/persons/G2996UX/name', [
      'Subject-Distinguished-Name',
      'CN=all-access',
    ]);
    expect(once).toEqual({ status: 200, body: { data: { firstName: 'Robert', lastName: 'Larsen' } } });
  });

  it('refuses an unknown consumer, naming the raw path and the consumer', async () => {
    const response = await context.api.get('/v1/persons/2004%2F13116M', as('stranger'));
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('Unable to authorise /v1/persons/2004%2F13116M for stranger');
  });

  it('accepts a DN that is only the CN', async () => {
    const response = await context.api.get('/v1/persons/G2996UX/name', {
      headers: { 'subject-distinguished-name': 'CN=all-access' },
    });
    expect(response.status).toBe(200);
  });

  it('applies role patterns: private-prison may read a name but not images', async () => {
    expect((await context.api.get('/v1/persons/G2996UX/name', as('private-prison-only'))).status).toBe(200);
    const images = await context.api.get('/v1/persons/G2996UX/images', as('private-prison-only'));
    expect(images.status).toBe(403);
    expect(images.body.message).toBe(
      'Unable to authorise /v1/persons/G2996UX/images for private-prison-only',
    );
  });

  it('checks the path without its query string', async () => {
    const response = await context.api.get('/v1/prison/prisoners', {
      ...as('private-prison-only'),
      query: { last_name: 'Larsen' },
    });
    expect(response.status).toBe(200);
  });

  it('authorises health and info too: the kubernetes probe consumer reaches the probes only', async () => {
    const probe = { headers: { 'subject-distinguished-name': 'O=K8s,CN=kubernetes-health-check-client' } };
    expect((await context.api.get('/health/liveness', probe)).body).toMatchObject({ status: 'UP' });
    expect((await context.api.get('/health/readiness', probe)).status).toBe(200);
    expect((await context.api.get('/health/liveness')).status).toBe(403);
    expect((await context.api.get('/info', probe)).status).toBe(403);
    const info = await context.api.get('/info', as('automated-test-client'));
    expect(info.body.build.name).toBe('hmpps-integration-api');
  });

  it('reports each upstream and the queue database under /health', async () => {
    const response = await context.api.get('/health', as('automated-test-client'));
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('UP');
    expect(Object.keys(response.body.components)).toEqual(
      expect.arrayContaining([
        'prison-api',
        'prisoner-offender-search',
        'probation-offender-search',
        'ndelius',
        'incentives',
      ]),
    );
  });

  it('refuses unknown paths to unauthorised callers and answers 404 in the error envelope to authorised ones', async () => {
    expect((await context.api.get('/v1/nothing-here')).status).toBe(403);
    const response = await context.api.get('/v1/nothing-here', as('all-access'));
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      status: 404,
      errorCode: null,
      userMessage: expect.stringContaining('/v1/nothing-here'),
      developerMessage: expect.stringContaining('/v1/nothing-here'),
      moreInfo: null,
    });
  });

  it('publishes the OpenAPI document with the subject-distinguished-name security scheme', async () => {
    const response = await context.api.get('/v3/api-docs', as('automated-test-client'));
    expect(response.status).toBe(200);
    expect(response.body.info.title).toBe('HMPPS Integration API');
    expect(response.body.components.securitySchemes['subject-distinguished-name']).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'subject-distinguished-name',
    });
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/persons',
        '/v1/persons/{encodedHmppsId}',
        '/v1/images/{id}',
        '/v1/hmpps/reference-data',
      ]),
    );
    expect(response.body.paths['/v1/persons/{hmppsId}/name'].get.security).toEqual([
      { 'subject-distinguished-name': [] },
    ]);
    // Queue admin is served but, as at HEAD, not published.
    expect(Object.keys(response.body.paths).filter((path) => path.startsWith('/queue-admin'))).toEqual([]);
  });
});
