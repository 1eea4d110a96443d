import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';

export interface AuthClient {
  clientId: string;
  clientSecret: string;
  authorities: string[];
  scopes: string[];
  accessTokenValiditySeconds: number;
}

/** HMPPS Auth's default access-token lifetime for client-credentials clients. */
const DEFAULT_VALIDITY_SECONDS = 1200;

const CLIENTS_FIXTURE = join(__dirname, '..', '..', 'fixtures', 'auth', 'clients.json');

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseClient(raw: unknown, index: number): AuthClient {
  const entry = (raw ?? {}) as Record<string, unknown>;
  const { clientId, clientSecret, authorities, scopes, accessTokenValiditySeconds } = entry;
  const validity = accessTokenValiditySeconds ?? DEFAULT_VALIDITY_SECONDS;
  if (
    typeof clientId !== 'string' ||
    typeof clientSecret !== 'string' ||
    !isStringArray(authorities) ||
    !isStringArray(scopes) ||
    typeof validity !== 'number' ||
    validity <= 0
  ) {
    throw new Error(
      `${CLIENTS_FIXTURE}: client #${index} needs clientId, clientSecret, authorities[], scopes[]`,
    );
  }
  return { clientId, clientSecret, authorities, scopes, accessTokenValiditySeconds: validity };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `STUB_AUTH_CLIENT_SECRETS` (JSON, client id → secret) replaces fixture secrets: an app run as in
 * production refuses the fixtures' well-known local secrets, so such a run (the benchmark) gives the stub
 * and the app a secret of its own.
 */
function secretOverrides(): Record<string, string> {
  const raw = process.env.STUB_AUTH_CLIENT_SECRETS;
  if (!raw) return {};
  const parsed = JSON.parse(raw) as unknown;
  if (!parsed || typeof parsed !== 'object' || Object.values(parsed).some((value) => typeof value !== 'string')) {
    throw new Error('STUB_AUTH_CLIENT_SECRETS must be a JSON object of client id → secret');
  }
  return parsed as Record<string, string>;
}

/** The OAuth clients the stub HMPPS Auth knows, read once from the fixture file at start. */
@Injectable()
export class AuthClients {
  private readonly clients: ReadonlyMap<string, AuthClient>;

  constructor() {
    const fixture = JSON.parse(readFileSync(CLIENTS_FIXTURE, 'utf8')) as { clients?: unknown };
    if (!Array.isArray(fixture.clients)) {
      throw new Error(`${CLIENTS_FIXTURE}: expected a "clients" array`);
    }
    const secrets = secretOverrides();
    this.clients = new Map(
      fixture.clients.map((raw, index) => {
        const client = parseClient(raw, index);
        return [client.clientId, { ...client, clientSecret: secrets[client.clientId] ?? client.clientSecret }];
      }),
    );
  }

  /** The client when the id is known and the secret matches; otherwise undefined (no hint which was wrong). */
  authenticate(clientId: string, clientSecret: string): AuthClient | undefined {
    const client = this.clients.get(clientId);
    return client && sameSecret(clientSecret, client.clientSecret) ? client : undefined;
  }
}
