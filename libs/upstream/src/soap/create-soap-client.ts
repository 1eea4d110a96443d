import { createSecureContext } from 'node:tls';
import type { Client, HttpClient, IExOptions, IHeaders } from 'soap';
import { upstreamCorrelationHeaders } from '@libs/platform';
import { Agent } from 'undici';
import { startCallTimer } from '../http/call-timer';
import { toUpstreamError } from '../http/transport-errors';
import {
  outcomeOfError,
  outcomeOfStatus,
  type UpstreamMetrics,
  type UpstreamOutcome,
} from '../metrics/upstream-metrics';

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
  /** Upstream name in errors and metrics; the endpoint's host when omitted. */
  name?: string;
  /** Each call is observed in `upstream_request_duration_seconds{upstream, method="POST", outcome}`. */
  metrics?: UpstreamMetrics;
}

export type SoapClient = Client;

/** What `client.<Operation>Async(args)` resolves to: result, raw response XML, SOAP header, raw request XML. */
export type SoapCallResult<T> = [result: T, rawResponse: string, soapHeader: unknown, rawRequest: string];

type SoapCallback = (error: unknown, response?: unknown, body?: unknown) => unknown;

/** soap's own headers that the transport sets itself (undici computes the length and the host). */
const TRANSPORT_HEADERS: ReadonlySet<string> = new Set(['host', 'content-length', 'connection']);

/**
 * soap builds the envelope and reads the answer; this sends it. Every call goes through one undici
 * keep-alive agent (with the client certificate when configured) instead of soap's axios, which cost a
 * quarter of a busy app's CPU per call, and is bounded by one deadline (connect, headers and body alike).
 * Transport failures become `UpstreamTimeoutError` / `UpstreamConnectionError`; SOAP faults and HTTP
 * statuses go back to soap untouched, for the caller. (soap's `ClientSSLSecurityPFX` would build a new
 * agent, hence a new TLS handshake, for every call.) Like every upstream call, it carries `x-request-id` and
 * the trace context, and is timed in the upstream metrics by HTTP outcome (LRS, like most SOAP 1.1 services,
 * sends faults with HTTP 500: `server_error`).
 */
function undiciTransport(SoapHttpClient: typeof HttpClient) {
  return class UndiciSoapHttpClient extends SoapHttpClient {
    constructor(
      private readonly upstream: string,
      private readonly timeoutMs: number,
      private readonly agent: Agent,
      private readonly metrics?: UpstreamMetrics,
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
      const started = performance.now();
      const observe = (outcome: UpstreamOutcome, status?: number) =>
        this.metrics?.observeCall(
          this.upstream,
          'POST',
          outcome,
          (performance.now() - started) / 1000,
          status,
        );
      const timer = startCallTimer(this.timeoutMs);
      const target = new URL(url);
      const requestLine = `POST ${target.pathname}`;
      // soap's own request headers (User-Agent, Accept, SOAPAction, Content-Type…), as axios would send them.
      const built = this.buildRequest(url, data, headers, options) as { headers: Record<string, unknown> };
      const sent: Record<string, string> = upstreamCorrelationHeaders();
      for (const [name, value] of Object.entries(built.headers)) {
        if (!TRANSPORT_HEADERS.has(name.toLowerCase())) sent[name] = String(value);
      }
      const exchange = async () => {
        const answer = await this.agent.request({
          origin: target.origin,
          path: `${target.pathname}${target.search}`,
          method: 'POST',
          headers: sent,
          body: typeof data === 'string' || Buffer.isBuffer(data) ? data : String(data),
          signal: timer.signal,
        });
        // The same signal aborts a body that stalls after the headers arrived. handleResponse (which
        // trims anything around the envelope) reads only the body.
        const text = await answer.body.text();
        return {
          status: answer.statusCode,
          headers: answer.headers,
          data: this.handleResponse(undefined as never, undefined as never, text),
        };
      };
      const sending = exchange().then(
        (response) => {
          timer.clear();
          observe(outcomeOfStatus(response.status), response.status);
          callback(null, response, response.data);
          return response;
        },
        (error: unknown) => {
          timer.clear();
          const failure = toUpstreamError(error, {
            upstream: this.upstream,
            requestLine,
            timeoutMs: this.timeoutMs,
            timedOut: timer.signal.aborted,
          });
          observe(outcomeOfError(failure, this.upstream));
          callback(failure);
        },
      );
      return sending as unknown as ReturnType<HttpClient['request']>;
    }
  };
}

/**
 * A `soap` client built once at start-up from a WSDL on disk. A PKCS#12 that cannot be opened (missing,
 * wrong passphrase) fails here rather than on the first call.
 */
export async function createSoapClient(options: SoapClientOptions): Promise<SoapClient> {
  // Loaded here, by the apps that call SOAP, rather than by every app that imports @libs/upstream:
  // soap (with axios, lodash and its XML stack) adds ~24 MB and ~110 ms to an app's start.
  const { createClientAsync, HttpClient: SoapHttpClient } = await import('soap');
  const UndiciSoapHttpClient = undiciTransport(SoapHttpClient);
  const { tls } = options;
  if (tls?.pfx) createSecureContext({ pfx: tls.pfx, passphrase: tls.passphrase });
  const agent = new Agent({
    connect: {
      minVersion: 'TLSv1.2',
      ...(tls && {
        pfx: tls.pfx,
        passphrase: tls.passphrase,
        ca: tls.ca,
        rejectUnauthorized: tls.rejectUnauthorized,
      }),
    },
  });
  const upstream = options.name ?? new URL(options.endpoint).host;
  return createClientAsync(options.wsdlPath, {
    endpoint: options.endpoint,
    httpClient: new UndiciSoapHttpClient(upstream, options.timeoutMs, agent, options.metrics),
  });
}
