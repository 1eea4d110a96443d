import { http, HttpClient, HttpResponse, RunningStubs, startApp } from '@libs/testing';
import type { StartedApp } from '@libs/testing';
import { AppModule } from '../src/app.module';
import { AuditEvent, AuditSink } from '../src/audit/audit-event';
import { BRM_PLATFORM_OPTIONS } from '../src/platform-options';

export const MATCH_PATH = '/birth-registration-matching/match';
export const BRM_HEADERS = { Accept: 'application/vnd.hmrc.1.0+json', 'Audit-Source': 'dfs' };

export interface BrmApp {
  started: StartedApp;
  client: HttpClient;
  match(body: unknown, headers?: Record<string, string>): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** The real app over loopback, pointed at the stubs, with short upstream timeouts so failure tests stay fast. */
export async function startBrm(stubs: RunningStubs, env: Record<string, string> = {}): Promise<BrmApp> {
  const started = await startApp(AppModule, {
    platform: BRM_PLATFORM_OPTIONS,
    env: {
      BRM_GRO_PROXY_URL: stubs.url,
      BRM_DES_URL: stubs.url,
      BRM_DES_ENVIRONMENT: 'dev',
      BRM_DES_AUTH_TOKEN: 'local-des-token',
      BRM_GRO_TIMEOUT_MS: '1000',
      BRM_DES_TIMEOUT_MS: '1000',
      ...env,
    },
  });
  const client = http(started.url);
  return {
    started,
    client,
    match: (body, headers = BRM_HEADERS) => client.post(MATCH_PATH, { body, headers }),
    close: () => started.close(),
  };
}

/** The audit events the app sent since the last `clear()`, read from its audit port. */
export function recordAudits(brm: BrmApp): { events(): AuditEvent[]; types(): string[]; clear(): void } {
  const sink = brm.started.app.get(AuditSink);
  const spy = jest.spyOn(sink, 'send');
  const events = () => spy.mock.calls.map(([event]) => event);
  return { events, types: () => events().map((event) => event.auditType), clear: () => spy.mockClear() };
}

/** The value of one Prometheus sample from the metrics port, or 0 when the series does not exist yet. */
export async function metricValue(
  brm: BrmApp,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const text = (await http(brm.started.metricsUrl).get('/metrics')).text;
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.slice(name.length).split(' ')[0];
    if (wanted.every((pair) => labelText.includes(pair))) return Number(line.split(' ').pop());
  }
  return 0;
}

export const GIBBY = {
  birthReferenceNumber: '400000001',
  firstName: 'Gibby',
  lastName: 'Haynes',
  dateOfBirth: '2011-10-01',
  whereBirthRegistered: 'england',
};

export const ADAM_SCOTLAND = {
  birthReferenceNumber: '2017734003',
  firstName: 'Adam TEST',
  lastName: 'SMITH',
  dateOfBirth: '2009-11-12',
  whereBirthRegistered: 'scotland',
};
