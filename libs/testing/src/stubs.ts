import { EnvOverrides } from './env';
import { http, HttpResponse } from './http';
import { listenOnLoopback } from './listen';
import { mintToken } from './mint-token';
import { stubsApp } from './stubs-registry';
import type {
  Fault,
  FaultSpec,
  MintTokenOptions,
  RecordedRequest,
  TokenRequestCounts,
} from './stubs-admin-api';

export type { Fault, FaultSpec, RecordedRequest, TokenRequestCounts };

export interface RunningStubs {
  /** Base URL, e.g. `http://127.0.0.1:41234`; HMPPS Auth is at `${url}/auth`. */
  url: string;
  /** Base URL of the stubs' metrics server (`${metricsUrl}/metrics`). */
  metricsUrl: string;
  close(): Promise<void>;
  setFault(fault: FaultSpec): Promise<Fault>;
  resetFaults(): Promise<void>;
  token(options?: MintTokenOptions): Promise<string>;
  /** Requests the stubs received, oldest first, optionally only those under a path prefix. */
  requests(prefix?: string): Promise<RecordedRequest[]>;
  clearRequests(): Promise<void>;
  tokenRequests(): Promise<TokenRequestCounts>;
}

function expectStatus(response: HttpResponse, status: number, what: string): void {
  if (response.status !== status) {
    throw new Error(`${what} failed with ${response.status}: ${response.text}`);
  }
}

/** The real upstream-stubs app, set up exactly as `npm start` runs it, on a free loopback port. */
export async function startStubs(env: EnvOverrides = {}): Promise<RunningStubs> {
  const { module, platform } = await stubsApp();
  const started = await listenOnLoopback(module, platform, env);
  const admin = http(started.url);
  return {
    url: started.url,
    metricsUrl: started.metricsUrl,
    close: started.close,
    setFault: async (fault) => {
      const response = await admin.post('/__admin/faults', { body: fault });
      expectStatus(response, 201, 'Injecting a fault');
      return response.body as Fault;
    },
    resetFaults: async () => expectStatus(await admin.delete('/__admin/faults'), 204, 'Clearing faults'),
    token: (options) => mintToken(started.url, options),
    requests: async (prefix) => {
      const response = await admin.get('/__admin/requests', { query: { prefix } });
      expectStatus(response, 200, 'Listing recorded requests');
      return response.body as RecordedRequest[];
    },
    clearRequests: async () =>
      expectStatus(await admin.delete('/__admin/requests'), 204, 'Clearing recorded requests'),
    tokenRequests: async () => {
      const response = await admin.get('/__admin/auth/token-requests');
      expectStatus(response, 200, 'Reading token request counts');
      return response.body as TokenRequestCounts;
    },
  };
}
