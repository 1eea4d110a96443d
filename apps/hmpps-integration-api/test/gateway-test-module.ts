import { HealthRegistry, loadEnv } from '@libs/platform';
import { EnvOverrides, RunningStubs, startStubs } from '@libs/testing';
import { UpstreamMetrics } from '@libs/upstream';
import { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { Registry } from 'prom-client';
import { AppConfig, hmppsIntegrationConfig, HmppsIntegrationEnv } from '../src/config';
import { UpstreamClients } from '../src/upstream/shared/upstream-clients';
import { stubEnv } from './hmpps-test-app';

export interface GatewayUnderTest<G> {
  gateway: G;
  close(): Promise<void>;
}

/**
 * One gateway as the app wires it (the app's environment loader and config, the shared `UpstreamClients`
 * with its HMPPS Auth token), pointed at running stubs, without the rest of the app. Each call builds its
 * own clients, so a test that trips a circuit breaker leaves the other tests' breakers closed.
 */
export async function gatewayAgainstStubs<G>(
  gatewayClass: Type<G>,
  stubs: RunningStubs,
  overrides: EnvOverrides = {},
): Promise<GatewayUnderTest<G>> {
  // A gateway sends no messages, but the app's environment names its queues: the local provider gives
  // them their local names, so no queue emulator is needed.
  const env = loadEnv(
    'hmpps-integration-api',
    HmppsIntegrationEnv,
    stubEnv(stubs.url, { HMPPS_SQS_PROVIDER: 'localstack', ...overrides }),
  );
  const module: TestingModule = await Test.createTestingModule({
    providers: [
      { provide: AppConfig, useValue: new AppConfig(hmppsIntegrationConfig(env)) },
      { provide: UpstreamMetrics, useValue: new UpstreamMetrics(new Registry()) },
      HealthRegistry,
      UpstreamClients,
      gatewayClass,
    ],
  }).compile();
  await module.init();
  return { gateway: module.get(gatewayClass), close: () => module.close() };
}

/** What a call rejected with; a call that succeeds fails the test. */
export async function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => {
      throw new Error('expected the gateway to throw');
    },
    (thrown: unknown) => thrown,
  );
}

/** A suite's stubs and gateway, valid inside its tests. */
export interface GatewaySuite<G> {
  readonly stubs: RunningStubs;
  readonly gateway: G;
}

/**
 * Starts the stubs and one gateway for the enclosing `describe`, clears the stubs' recorded requests
 * before each test and their faults after it, and closes both at the end.
 */
export function gatewaySuite<G>(gatewayClass: Type<G>): GatewaySuite<G> {
  let stubs: RunningStubs | undefined;
  let underTest: GatewayUnderTest<G> | undefined;
  beforeAll(async () => {
    stubs = await startStubs();
    underTest = await gatewayAgainstStubs(gatewayClass, stubs);
  });
  afterAll(async () => {
    await underTest?.close();
    await stubs?.close();
  });
  beforeEach(() => stubs!.clearRequests());
  afterEach(() => stubs!.resetFaults());
  return {
    get stubs() {
      return stubs!;
    },
    get gateway() {
      return underTest!.gateway;
    },
  };
}

/** The time budget `rejectionWithinBudget` gives a call. */
export const SHORT_TIMEOUT_MS = 500;

/**
 * What a call rejects with, made by a gateway of its own with a short time budget while every upstream
 * path under `prefix` takes far longer to answer; and how long the call took.
 */
export async function rejectionWithinBudget<G>(
  gatewayClass: Type<G>,
  stubs: RunningStubs,
  prefix: string,
  call: (gateway: G) => Promise<unknown>,
): Promise<{ thrown: unknown; elapsedMs: number }> {
  const slow = await gatewayAgainstStubs(gatewayClass, stubs, {
    UPSTREAM_TIMEOUT_MS: String(SHORT_TIMEOUT_MS),
  });
  try {
    await stubs.setFault({ prefix, latencyMs: 10_000 });
    const started = Date.now();
    const thrown = await rejectionOf(call(slow.gateway));
    return { thrown, elapsedMs: Date.now() - started };
  } finally {
    await slow.close();
  }
}

/**
 * A gateway of its own for each test of the enclosing `describe` (built before each test, closed after it),
 * so failures there never open the breaker the suite's other tests use.
 */
export function isolatedGateway<G>(gatewayClass: Type<G>, suite: GatewaySuite<G>): { readonly gateway: G } {
  let underTest: GatewayUnderTest<G> | undefined;
  beforeEach(async () => {
    underTest = await gatewayAgainstStubs(gatewayClass, suite.stubs);
  });
  afterEach(async () => {
    await underTest?.close();
  });
  return {
    get gateway() {
      return underTest!.gateway;
    },
  };
}
