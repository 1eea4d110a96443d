import {
  generateTestPki,
  QueueEmulator,
  RunningStubs,
  startApp,
  StartedApp,
  startQueueEmulator,
  startStubs,
  TestPki,
} from '@libs/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { AppModule } from '../src/app.module';
import { platformOptions } from '../src/app-platform';
import { stubEnv } from './hmpps-test-app';

/** The client certificate's CN is `test-client`; it may read names only. */
const AUTHORISATION = `
authorisation:
  consumers:
    test-client:
      include: ["/v1/persons/[^/]*/name"]
    all-access:
      include: ["/.*"]
`;

describe('mutual TLS terminated by the app (TLS_CERT, TLS_KEY, TLS_CA)', () => {
  let pki: TestPki;
  let directory: string;
  let stubs: RunningStubs;
  let queues: QueueEmulator;
  let app: StartedApp;
  let withCertificate: Agent;
  let withoutCertificate: Agent;

  beforeAll(async () => {
    pki = generateTestPki();
    directory = mkdtempSync(join(tmpdir(), 'hmpps-mtls-'));
    const file = (name: string, content: string) => {
      writeFileSync(join(directory, name), content);
      return join(directory, name);
    };
    [stubs, queues] = await Promise.all([startStubs(), startQueueEmulator()]);
    const env = stubEnv(stubs.url, {
      ...queues.env,
      TLS_CERT: file('server.crt', pki.serverCertPem),
      TLS_KEY: file('server.key', pki.serverKeyPem),
      TLS_CA: file('ca.crt', pki.caCertPem),
      AUTHORISATION_CONFIG: file('authorisation.yaml', AUTHORISATION),
    });
    app = await startApp(AppModule, { env, platform: platformOptions(env as NodeJS.ProcessEnv) });
    withCertificate = new Agent({
      connect: { ca: pki.caCertPem, cert: pki.clientCertPem, key: pki.clientKeyPem },
    });
    withoutCertificate = new Agent({ connect: { ca: pki.caCertPem } });
  });

  afterAll(async () => {
    await withCertificate?.close();
    await withoutCertificate?.close();
    await app?.close();
    await Promise.all([stubs?.close(), queues?.close()]);
    rmSync(directory, { recursive: true, force: true });
  });

  it('serves HTTPS and takes the consumer from the verified client certificate', async () => {
    expect(app.url).toMatch(/^https:/);
    const response = await request(`${app.url}/v1/persons/G2996UX/name`, { dispatcher: withCertificate });
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({ data: { firstName: 'Robert', lastName: 'Larsen' } });
  });

  it('ignores a subject-distinguished-name header, which a client could forge', async () => {
    const response = await request(`${app.url}/v1/hmpps/reference-data`, {
      dispatcher: withCertificate,
      headers: { 'subject-distinguished-name': 'CN=all-access' },
    });
    expect(response.statusCode).toBe(403);
    expect(await response.body.json()).toMatchObject({
      message: 'Unable to authorise /v1/hmpps/reference-data for test-client',
    });
  });

  it('ignores repeated subject-distinguished-name headers too: the certificate still names the consumer', async () => {
    const headers = [
      'subject-distinguished-name',
      'CN=intruder',
      'subject-distinguished-name',
      'CN=all-access',
    ];
    const allowed = await request(`${app.url}/v1/persons/G2996UX/name`, {
      dispatcher: withCertificate,
      headers,
    });
    expect(allowed.statusCode).toBe(200);
    expect(await allowed.body.json()).toEqual({ data: { firstName: 'Robert', lastName: 'Larsen' } });
    const refused = await request(`${app.url}/v1/hmpps/reference-data`, {
      dispatcher: withCertificate,
      headers,
    });
    expect(refused.statusCode).toBe(403);
    expect(await refused.body.json()).toMatchObject({
      message: 'Unable to authorise /v1/hmpps/reference-data for test-client',
    });
  });

  it('refuses the TLS handshake without a client certificate', async () => {
    await expect(
      request(`${app.url}/v1/persons/G2996UX/name`, {
        dispatcher: withoutCertificate,
        headers: { 'subject-distinguished-name': 'CN=all-access' },
      }).then((response) => response.body.text()),
    ).rejects.toThrow();
  });
});
