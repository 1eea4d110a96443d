import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { listen } from 'soap';
import { generateTestPki, type TestPki } from '../../../testing/src/certificates';
import { startLoopbackServer } from '../../test/loopback-server';
import { UpstreamConnectionError, UpstreamError, UpstreamTimeoutError } from '../errors/upstream-errors';
import { Registry } from 'prom-client';
import { UpstreamMetrics } from '../metrics/upstream-metrics';
import { createSoapClient, type SoapCallResult, type SoapClient } from './create-soap-client';

const WSDL_PATH = join(__dirname, 'test-fixtures', 'echo.wsdl');
const SERVICE_PATH = '/EchoService.svc';

interface EchoResponse {
  Message: string;
  ClientCertificate?: string;
}

interface SoapCall {
  message: string;
  soapAction: string | undefined;
  headers: IncomingMessage['headers'];
}

/** Hosts the echo service on `server`; answers with the caller's certificate CN when there is one. */
async function hostEchoService(
  server: HttpServer,
  scheme: 'http' | 'https',
): Promise<{ endpoint: string; calls: SoapCall[] }> {
  const calls: SoapCall[] = [];
  const echo = (args: { Message: string }, _callback: unknown, _headers: unknown, req: IncomingMessage) => {
    calls.push({
      message: args.Message,
      soapAction: req.headers.soapaction as string | undefined,
      headers: req.headers,
    });
    if (args.Message === 'reject me') {
      throw { Fault: { faultcode: 'soap:Client', faultstring: 'Message rejected' } };
    }
    const socket = req.socket as Partial<TLSSocket>;
    const clientCn = socket.getPeerCertificate?.().subject?.CN;
    return { Message: args.Message, ...(clientCn && { ClientCertificate: String(clientCn) }) };
  };
  listen(
    server,
    SERVICE_PATH,
    { EchoService: { EchoPort: { Echo: echo } } },
    readFileSync(WSDL_PATH, 'utf8'),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { endpoint: `${scheme}://127.0.0.1:${port}${SERVICE_PATH}`, calls };
}

async function stop(server: HttpServer): Promise<void> {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
}

async function echo(client: SoapClient, message: string): Promise<EchoResponse> {
  const [result] = (await client.EchoAsync({ Message: message })) as SoapCallResult<EchoResponse>;
  return result;
}

describe('createSoapClient', () => {
  describe('over HTTP', () => {
    let server: HttpServer;
    let service: { endpoint: string; calls: SoapCall[] };

    beforeAll(async () => {
      server = createHttpServer();
      service = await hostEchoService(server, 'http');
    });

    afterAll(() => stop(server));

    it('calls the operation at the configured endpoint (not the WSDL address) with its SOAPAction', async () => {
      const client = await createSoapClient({
        wsdlPath: WSDL_PATH,
        endpoint: service.endpoint,
        timeoutMs: 2000,
      });

      await expect(echo(client, 'hello & <goodbye>')).resolves.toEqual({ Message: 'hello & <goodbye>' });
      expect(service.calls.at(-1)).toMatchObject({
        message: 'hello & <goodbye>',
        soapAction: '"http://example.test/echo/Echo"',
      });
    });

    it('sends x-request-id and a W3C traceparent with every call, like every other upstream call', async () => {
      const client = await createSoapClient({
        wsdlPath: WSDL_PATH,
        endpoint: service.endpoint,
        timeoutMs: 2000,
      });

      await echo(client, 'one');
      await echo(client, 'two');

      const [first, second] = service.calls.slice(-2).map((call) => call.headers);
      for (const headers of [first, second]) {
        expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
        expect(headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      }
      expect(first.traceparent).not.toBe(second.traceparent);
    });

    it('times every call in upstream_request_duration_seconds by its HTTP outcome', async () => {
      const registry = new Registry();
      const unavailable = await startLoopbackServer((_req, res) => {
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<html>down for maintenance</html>');
      });
      try {
        const lrs = (endpoint: string) =>
          createSoapClient({
            name: 'lrs',
            wsdlPath: WSDL_PATH,
            endpoint,
            timeoutMs: 2000,
            metrics: new UpstreamMetrics(registry),
          });

        await echo(await lrs(service.endpoint), 'fine');
        await echo(await lrs(service.endpoint), 'fine again');
        await echo(await lrs(`${unavailable.url}${SERVICE_PATH}`), 'down?').catch(() => undefined);
        await echo(await lrs(`http://127.0.0.1:1${SERVICE_PATH}`), 'nobody home').catch(() => undefined);
      } finally {
        await unavailable.close();
      }

      const exposition = await registry.metrics();
      const count = (outcome: string, n: number) =>
        `upstream_request_duration_seconds_count{upstream="lrs",method="POST",outcome="${outcome}"} ${n}`;
      expect(exposition).toContain(count('success', 2));
      expect(exposition).toContain(count('server_error', 1));
      expect(exposition).toContain(count('connection_error', 1));
    });

    it('passes a SOAP fault through to the caller', async () => {
      const client = await createSoapClient({
        wsdlPath: WSDL_PATH,
        endpoint: service.endpoint,
        timeoutMs: 2000,
      });

      const error = await echo(client, 'reject me').catch((failure: unknown) => failure);

      expect(error).not.toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({
        root: { Envelope: { Body: { Fault: { faultstring: 'Message rejected' } } } },
      });
    });

    it('rejects with UpstreamTimeoutError within the bound when the service never answers', async () => {
      const silent = await startLoopbackServer(() => undefined);
      try {
        const client = await createSoapClient({
          name: 'lrs',
          wsdlPath: WSDL_PATH,
          endpoint: `${silent.url}${SERVICE_PATH}`,
          timeoutMs: 200,
        });
        const started = Date.now();

        const error = await echo(client, 'anyone there?').catch((failure: unknown) => failure);

        expect(error).toBeInstanceOf(UpstreamTimeoutError);
        expect((error as Error).message).toBe(`lrs did not answer POST ${SERVICE_PATH} within 200 ms`);
        expect(Date.now() - started).toBeLessThan(1000);
      } finally {
        await silent.close();
      }
    });

    it('also times out when the answer starts but its body stalls', async () => {
      const stalling = await startLoopbackServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.write('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>');
      });
      try {
        const client = await createSoapClient({
          wsdlPath: WSDL_PATH,
          endpoint: `${stalling.url}${SERVICE_PATH}`,
          timeoutMs: 200,
        });
        const started = Date.now();

        await expect(echo(client, 'trickle')).rejects.toBeInstanceOf(UpstreamTimeoutError);
        expect(Date.now() - started).toBeLessThan(1000);
      } finally {
        await stalling.close();
      }
    });

    it('fails to start when the WSDL file is missing', async () => {
      await expect(
        createSoapClient({
          wsdlPath: join(__dirname, 'test-fixtures', 'missing.wsdl'),
          endpoint: service.endpoint,
          timeoutMs: 2000,
        }),
      ).rejects.toThrow(/ENOENT/);
    });
  });

  describe('over HTTPS with client certificates', () => {
    let pki: TestPki;
    let server: HttpServer;
    let service: { endpoint: string; calls: SoapCall[] };

    beforeAll(async () => {
      pki = generateTestPki();
      server = createHttpsServer({
        key: pki.serverKeyPem,
        cert: pki.serverCertPem,
        ca: pki.caCertPem,
        requestCert: true,
        rejectUnauthorized: true,
      }) as unknown as HttpServer;
      service = await hostEchoService(server, 'https');
    });

    afterAll(() => stop(server));

    it('presents the certificate from the PKCS#12 file and gets an answer', async () => {
      const client = await createSoapClient({
        wsdlPath: WSDL_PATH,
        endpoint: service.endpoint,
        timeoutMs: 5000,
        tls: { pfx: pki.clientPfx, passphrase: pki.clientPfxPassword, ca: Buffer.from(pki.caCertPem) },
      });

      await expect(echo(client, 'over mutual TLS')).resolves.toEqual({
        Message: 'over mutual TLS',
        ClientCertificate: 'test-client',
      });
    });

    it('is refused without a client certificate', async () => {
      const calls = service.calls.length;
      const client = await createSoapClient({
        name: 'lrs',
        wsdlPath: WSDL_PATH,
        endpoint: service.endpoint,
        timeoutMs: 5000,
        tls: { ca: Buffer.from(pki.caCertPem) },
      });

      const error = await echo(client, 'no certificate').catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(UpstreamConnectionError);
      expect(error).toMatchObject({ upstream: 'lrs' });
      expect(service.calls).toHaveLength(calls);
    });

    it('is refused with a certificate from a CA the server does not trust', async () => {
      const stranger = generateTestPki();
      const client = await createSoapClient({
        wsdlPath: WSDL_PATH,
        endpoint: service.endpoint,
        timeoutMs: 5000,
        tls: {
          pfx: stranger.clientPfx,
          passphrase: stranger.clientPfxPassword,
          ca: Buffer.from(pki.caCertPem),
        },
      });

      await expect(echo(client, 'forged')).rejects.toBeInstanceOf(UpstreamConnectionError);
    });

    it('does not trust a server certificate outside the configured CAs', async () => {
      const client = await createSoapClient({
        wsdlPath: WSDL_PATH,
        endpoint: service.endpoint,
        timeoutMs: 5000,
        tls: { pfx: pki.clientPfx, passphrase: pki.clientPfxPassword },
      });

      await expect(echo(client, 'who are you?')).rejects.toBeInstanceOf(UpstreamConnectionError);
    });

    it('fails to start when the PKCS#12 passphrase is wrong', async () => {
      await expect(
        createSoapClient({
          wsdlPath: WSDL_PATH,
          endpoint: service.endpoint,
          timeoutMs: 5000,
          tls: { pfx: pki.clientPfx, passphrase: 'not-the-passphrase' },
        }),
      ).rejects.toThrow(/mac verify failure|bad decrypt|passphrase/i);
    });
  });
});
