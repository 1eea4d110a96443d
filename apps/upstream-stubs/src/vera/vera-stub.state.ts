import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { loadVeraFixtures, StubClient, StubLearner, ulnOf, VeraFixtures } from './vera-fixtures';
import { readVeraStubSettings, VeraStubSettings } from './vera-stub-settings';

export type ShareKind = 'qr' | 'mobile';
export type ShareState = 'pending' | 'approved' | 'rejected';

export interface StubShareRequest {
  correlationId: string;
  clientId: string;
  kind: ShareKind;
  /** Mobile requests: the code the provider shows and the learner types in the app. */
  code?: string;
  /** Mobile requests know the learner up front; QR requests learn it when the learner approves. */
  uln?: string;
  expiresAt: number;
  state: ShareState;
}

/** In-memory world of the VERA stand-in: issued tokens, share requests and ULN shares. */
@Injectable()
export class VeraStubState {
  readonly fixtures: VeraFixtures = loadVeraFixtures();
  readonly settings: VeraStubSettings = readVeraStubSettings();
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();
  private readonly requests = new Map<string, StubShareRequest>();
  private readonly shares = new Map<string, Set<string>>(
    this.fixtures.clients.map((c) => [c.clientId, new Set(c.sharedUlns)]),
  );

  client(clientId: string): StubClient | undefined {
    return this.fixtures.clients.find((c) => c.clientId === clientId);
  }

  issueToken(clientId: string): { token: string; expiresAt: number } {
    const expiresAt = Date.now() + this.settings.tokenTtlSeconds * 1000;
    // Shaped like a JWT (header.payload.signature) so it looks like what Entra returns; only the stub reads it.
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = [
      part({ typ: 'JWT', alg: 'none' }),
      part({ appid: clientId, aud: this.fixtures.resource, exp: Math.floor(expiresAt / 1000) }),
      randomBytes(16).toString('base64url'),
    ].join('.');
    this.tokens.set(token, { clientId, expiresAt });
    return { token, expiresAt };
  }

  /** The client id bound to a live bearer token, or undefined. */
  clientForToken(token: string): string | undefined {
    const entry = this.tokens.get(token);
    return entry && entry.expiresAt > Date.now() ? entry.clientId : undefined;
  }

  revokeAllTokens(): number {
    const count = this.tokens.size;
    this.tokens.clear();
    return count;
  }

  createRequest(clientId: string, kind: ShareKind, uln?: string): StubShareRequest {
    const request: StubShareRequest = {
      correlationId: randomUUID(),
      clientId,
      kind,
      uln,
      code: kind === 'mobile' ? String(randomInt(0, 1_000_000)).padStart(6, '0') : undefined,
      expiresAt: Date.now() + this.settings.requestTtlSeconds * 1000,
      state: 'pending',
    };
    this.requests.set(request.correlationId, request);
    return request;
  }

  request(correlationId: string): StubShareRequest | undefined {
    return this.requests.get(correlationId);
  }

  isExpired(request: StubShareRequest): boolean {
    return request.state === 'pending' && request.expiresAt <= Date.now();
  }

  openRequests(): StubShareRequest[] {
    return [...this.requests.values()].filter((r) => r.state === 'pending' && !this.isExpired(r));
  }

  /** Approval links the learner's ULN to the provider, as scanning does in the real service. */
  approve(request: StubShareRequest, uln: string): void {
    request.state = 'approved';
    request.uln = uln;
    this.shares.get(request.clientId)?.add(uln);
  }

  reject(request: StubShareRequest): void {
    request.state = 'rejected';
  }

  isShared(clientId: string, uln: string): boolean {
    return this.shares.get(clientId)?.has(uln) ?? false;
  }

  learnerByUln(uln: string): StubLearner | undefined {
    return this.fixtures.learners.find((l) => ulnOf(l) === uln);
  }

  learnerByMobile(mobileNumber: string, dateOfBirth: string): StubLearner | undefined {
    const mobile = mobileNumber.replace(/\s+/g, '').replace(/^\+44/, '0');
    return this.fixtures.learners.find(
      (l) => l.mobileNumber === mobile && l.record.dateOfBirth === dateOfBirth,
    );
  }
}
