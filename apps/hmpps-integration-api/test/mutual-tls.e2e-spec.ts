import {
  captureLogs,
  generateTestPki,
  RunningStubs,
  startApp,
  StartedApp,
  startQueueEmulator,
  startStubs,
  TestPki,
} from '@libs/testing';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { AppModule } from '../src/app.module';
import { platformOptions } from '../src/platform-options';
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

/** The app serving mutual TLS itself, against its own stubs, with these consumers; `close` ends it all. */
interface MutualTlsApp {
  pki: TestPki;
  app: StartedApp;
  /** Presents the test PKI's client certificate (CN `test-client`). */
  withCertificate: Agent;
  close(): Promise<void>;
}

async function startMutualTlsApp(authorisation: (pki: TestPki) => string): Promise<MutualTlsApp> {
  const pki = generateTestPki();
  const directory = mkdtempSync(join(tmpdir(), 'hmpps-mtls-'));
  const file = (name: string, content: string) => {
    writeFileSync(join(directory, name), content);
    return join(directory, name);
  };
  const [stubs, queues]: [RunningStubs, Awaited<ReturnType<typeof startQueueEmulator>>] = await Promise.all([
    startStubs(),
    startQueueEmulator(),
  ]);
  const env = stubEnv(stubs.url, {
    ...queues.env,
    TLS_CERT: file('server.crt', pki.serverCertPem),
    TLS_KEY: file('server.key', pki.serverKeyPem),
    TLS_CA: file('ca.crt', pki.caCertPem),
    AUTHORISATION_CONFIG: file('authorisation.yaml', authorisation(pki)),
  });
  const app = await startApp(AppModule, { env, platform: platformOptions(env as NodeJS.ProcessEnv) });
  const withCertificate = new Agent({
    connect: { ca: pki.caCertPem, cert: pki.clientCertPem, key: pki.clientKeyPem },
  });
  return {
    pki,
    app,
    withCertificate,
    close: async () => {
      await withCertificate.close();
      await app.close();
      await Promise.all([stubs.close(), queues.close()]);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The test client certificate's serial as the reference lists it: colon-separated upper-case hex. */
const serialNumberOf = (pki: TestPki) =>
  new X509Certificate(pki.clientCertPem).serialNumber.toUpperCase().match(/../g)!.join(':');

describe('mutual TLS terminated by the app (TLS_CERT, TLS_KEY, TLS_CA)', () => {
  let started: MutualTlsApp;
  let app: StartedApp;
  let withCertificate: Agent;
  let withoutCertificate: Agent;

  beforeAll(async () => {
    started = await startMutualTlsApp(() => AUTHORISATION);
    ({ app, withCertificate } = started);
    withoutCertificate = new Agent({ connect: { ca: started.pki.caCertPem } });
  });

  afterAll(async () => {
    await withoutCertificate?.close();
    await started?.close();
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

describe('mutual TLS: the peer certificate checked against the revocation list', () => {
  let started: MutualTlsApp;

  beforeAll(async () => {
    started = await startMutualTlsApp(
      (pki) => `${AUTHORISATION}  certificate-revocation-list:\n    - "${serialNumberOf(pki)}/test-client"\n`,
    );
  });

  afterAll(async () => {
    await started?.close();
  });

  it('refuses a revoked client certificate, whatever serial header a client adds', async () => {
    const response = await request(`${started.app.url}/v1/persons/G2996UX/name`, {
      dispatcher: started.withCertificate,
      headers: { 'cert-serial-number': '2' },
    });
    expect(response.statusCode).toBe(403);
    expect(await response.body.json()).toMatchObject({
      status: 403,
      message: `Certificate with serial number ${serialNumberOf(started.pki)} has been revoked`,
      path: '/v1/persons/G2996UX/name',
    });
  });
});

describe('mutual TLS: a peer certificate that expires soon', () => {
  let started: MutualTlsApp;

  beforeAll(async () => {
    started = await startMutualTlsApp(() => AUTHORISATION);
  });

  afterAll(async () => {
    await started?.close();
  });

  it('is served, and the expiry date of the verified certificate (not a header) is warned about', async () => {
    // The test certificate is valid for 24 hours: it expires tomorrow.
    const validTo = new X509Certificate(started.pki.clientCertPem).validTo;
    const logs = captureLogs();
    try {
      const response = await request(`${started.app.url}/v1/persons/G2996UX/name`, {
        dispatcher: started.withCertificate,
        headers: { 'cert-expiry-date': 'Jan  1 00:00:00 2020 GMT' },
      });
      expect(response.statusCode).toBe(200);
      await response.body.dump();
      expect(logs.text()).toContain(`The certificate for test-client will expire in 1 day (${validTo})`);
    } finally {
      logs.stop();
    }
  });
});
