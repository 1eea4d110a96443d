import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { createSecureContext } from 'node:tls';
import { createClientAsync, HttpClient, type Client, type IExOptions, type IHeaders } from 'soap';
import { startCallTimer } from '../http/call-timer';
import { toUpstreamError } from '../http/transport-errors';

export interface SoapTlsOptions {
  /** PKCS#12 with the client certificate and key presented to the server (mutual TLS). */
  pfx?: Buffer;
  passphrase?: string;
  /** Trust anchors for the server certificate; the platform's CA store when omitted. */
  ca?: Buffer;
  rejectUnauthorized?: boolean;
}

export interface SoapClientOptions {
  /** WSDL file on disk, read once when the client is created. */
  wsdlPath: string;
  /** Service URL the operations are POSTed to (overrides the WSDL's address). */
  endpoint: string;
  /** Budget per operation call, covering connect, response headers and body. */
  timeoutMs: number;
  tls?: SoapTlsOptions;
  /** Upstream name in errors; the endpoint's host when omitted. */
  name?: string;
}

export type SoapClient = Client;

/** What `client.<Operation>Async(args)` resolves to: result, raw response XML, SOAP header, raw request XML. */
export type SoapCallResult<T> = [result: T, rawResponse: string, soapHeader: unknown, rawRequest: string];

type SoapCallback = (error: unknown, response?: unknown, body?: unknown) => unknown;

/**
 * Bounds every SOAP call by one deadline (connect, headers and body alike), sends it through one keep-alive
 * agent — with the client certificate when configured — and turns transport failures into
 * `UpstreamTimeoutError` / `UpstreamConnectionError`. SOAP faults pass through untouched for the caller.
 * (soap's `ClientSSLSecurityPFX` would build a new agent, hence a new TLS handshake, for every call.)
 */
class BoundedSoapHttpClient extends HttpClient {
  constructor(
    private readonly upstream: string,
    private readonly timeoutMs: number,
    private readonly agents: { httpAgent: HttpAgent; httpsAgent: HttpsAgent },
  ) {
    super();
  }

  override request(
    url: string,
    data: unknown,
    callback: SoapCallback,
    headers?: IHeaders,
    options?: IExOptions,
  ): ReturnType<HttpClient['request']> {
    const timer = startCallTimer(this.timeoutMs);
    const { signal } = timer;
    const requestLine = `POST ${new URL(url).pathname}`;
    const bounded: SoapCallback = (error, response, body) => {
      timer.clear();
      callback(
        error
          ? toUpstreamError(error, {
              upstream: this.upstream,
              requestLine,
              timeoutMs: this.timeoutMs,
              timedOut: signal.aborted,
            })
          : null,
        response,
        body,
      );
    };
    return super.request(url, data, bounded, headers, { ...options, ...this.agents, signal });
  }
}

/**
 * A `soap` client built once at start-up from a WSDL on disk. A PKCS#12 that cannot be opened (missing,
 * wrong passphrase) fails here rather than on the first call.
 */
export async function createSoapClient(options: SoapClientOptions): Promise<SoapClient> {
  const { tls } = options;
  if (tls?.pfx) createSecureContext({ pfx: tls.pfx, passphrase: tls.passphrase });
  const agents = {
    httpAgent: new HttpAgent({ keepAlive: true }),
    httpsAgent: new HttpsAgent({
      keepAlive: true,
      minVersion: 'TLSv1.2',
      ...(tls && {
        pfx: tls.pfx,
        passphrase: tls.passphrase,
        ca: tls.ca,
        rejectUnauthorized: tls.rejectUnauthorized,
      }),
    }),
  };
  const upstream = options.name ?? new URL(options.endpoint).host;
  return createClientAsync(options.wsdlPath, {
    endpoint: options.endpoint,
    httpClient: new BoundedSoapHttpClient(upstream, options.timeoutMs, agents),
  });
}
