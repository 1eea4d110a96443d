import type { EnvOverrides, RunningStubs } from '@libs/testing';
import type { Answer, RequestSpec } from '../harness/send';
import type { DatabaseProbe } from '../harness/database-state';
import type { Operation } from '../harness/openapi';
import type { QueueDeclarations } from '../harness/app-process';

/** One app started for a suite: its stubs, its base URL and how to stop both. */
export interface AppWorld {
  url: string;
  stubs: RunningStubs;
  /** The app's Prometheus page, read from its registry (in-process apps; tests start no metrics port). */
  metrics?(): Promise<string>;
  close(): Promise<void>;
}

/** A credential a suite sends, and the status the app must answer with. */
export interface HostileCredential {
  label: string;
  headers: Array<[string, string]>;
  expectedStatus: number;
  /** Further problems with the refusal (e.g. the wrong error code); empty when right. */
  check?(answer: Answer): string[];
}

export interface UpstreamTarget {
  /** As the app names it in errors and metrics, e.g. `gro`. */
  name: string;
  /** The stubs' path prefix that stands in for this upstream (faults are injected there). */
  stubPrefix: string;
  /**
   * Other upstreams' calls go through this one too (e.g. a person search that resolves ids), so its faults
   * are injected while no other upstream is under test; the others are tested at the same time.
   */
  shared?: boolean;
  /** A call to the app that reaches this upstream. */
  request(world: AppWorld): Promise<RequestSpec>;
  /** Problems with the answer given while the upstream fails this way (empty: the documented error). */
  failureProblems(answer: Answer, fault: UpstreamFaultKind): string[];
}

/** How an upstream fails; `breaker-open` is the app refusing a call itself while that upstream's breaker is open. */
export type UpstreamFaultKind =
  'status-500' | 'status-503' | 'timeout' | 'reset' | 'malformed' | 'breaker-open';

/** How the database suite writes through an app and counts what it stored. */
export interface DatabaseScenario {
  /** The `index`-th write, unique to it (e.g. a match for its own prisoner, a message with its own id). */
  write(world: AppWorld, index: number): Promise<RequestSpec>;
  /**
   * How many times the `index`-th write is stored (rows, or distinct messages waiting in the outbox or
   * delivered to the emulator's queue): a confirmed write exactly once.
   */
  storedTimes(world: AppWorld, database: DatabaseProbe, index: number): Promise<number>;
  /** A read that needs the database. */
  read(world: AppWorld): Promise<RequestSpec>;
}

/** Everything the suites need to know about one app; the endpoints themselves come from its OpenAPI document. */
export interface AppTarget {
  name: string;
  /** Starts stubs and the app in this process with its test environment plus `env`. */
  start(env?: EnvOverrides): Promise<AppWorld>;
  /** Headers for `/health*`, `/info` and `/v3/api-docs` (hmpps-integration-api authorises every path). */
  platformHeaders: Array<[string, string]>;
  /** Headers of a caller allowed to call every operation (roles, consumer, required headers). */
  credentials(world: AppWorld, operation: Operation): Promise<Array<[string, string]>>;
  /** Whether the operation checks who calls it (how the app declares it in its document). */
  isProtected(operation: Operation): boolean;
  /** Credentials that must be refused on a protected operation. */
  hostileCredentials(world: AppWorld, operation: Operation): Promise<HostileCredential[]>;
  /** Problems with an error answer to `request` (empty: the app's documented envelope, or a documented non-JSON answer). */
  envelopeProblems(answer: Answer, request: RequestSpec): string[];
  /** Path/query values and bodies from the fixtures, so a generated request reaches validation and beyond. */
  sampleValues: {
    path?: Record<string, string>;
    query?: Record<string, string>;
    bodies?: Record<string, unknown>;
  };
  /**
   * GET routes outside the API document (vera's staff pages), for the raw-target fuzzer: each is sent, as a
   * visitor who is not signed in, in every spelling a route's operations are.
   */
  pagePaths?: string[];
  /** Largest request body the app accepts. */
  bodyLimitBytes: number;
  upstreams: UpstreamTarget[];
  /** The whole-call time bound of one upstream call under `faultEnv`, retries included. */
  upstreamBoundMs: number;
  /** Settings for the failing-upstream suite: short bounds, a small breaker threshold and reset. */
  faultEnv: EnvOverrides;
  breakerResetMs: number;
  /**
   * A fingerprint of what the app stores (rows, queued messages, upstream writes): a rejected request
   * must leave it unchanged.
   */
  storedState?(world: AppWorld): Promise<string>;
  /** For apps that keep data in PostgreSQL. */
  database?: DatabaseScenario;
  /** The mixed traffic of the load and shutdown suites: requests that must all succeed. */
  loadRequests(world: AppWorld): Promise<RequestSpec[]>;
  /** The environment of the BUILT app (`node dist/apps/<name>/main.js`) against stubs at `stubsUrl`. */
  processEnv(stubsUrl: string): EnvOverrides;
  /** The queues and topics the app sends to, when it sends messages (provisioned in an emulator for it). */
  queues?: QueueDeclarations;
}
