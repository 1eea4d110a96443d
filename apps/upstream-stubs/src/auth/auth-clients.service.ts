import { Injectable } from '@nestjs/common';
import { secretOverrides } from '../common/secret-overrides';
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

/** The OAuth clients the stub HMPPS Auth knows, read once from the fixture file at start. */
@Injectable()
export class AuthClients {
  private readonly clients: ReadonlyMap<string, AuthClient>;

  constructor() {
    const fixture = JSON.parse(readFileSync(CLIENTS_FIXTURE, 'utf8')) as { clients?: unknown };
    if (!Array.isArray(fixture.clients)) {
      throw new Error(`${CLIENTS_FIXTURE}: expected a "clients" array`);
    }
    // STUB_AUTH_CLIENT_SECRETS replaces fixture secrets for a run as in production (the benchmark).
    const secrets = secretOverrides('STUB_AUTH_CLIENT_SECRETS');
    this.clients = new Map(
      fixture.clients.map((raw, index) => {
        const client = parseClient(raw, index);
        return [
          client.clientId,
          { ...client, clientSecret: secrets[client.clientId] ?? client.clientSecret },
        ];
      }),
    );
  }

  /** The client when the id is known and the secret matches; otherwise undefined (no hint which was wrong). */
  authenticate(clientId: string, clientSecret: string): AuthClient | undefined {
    const client = this.clients.get(clientId);
    return client && sameSecret(clientSecret, client.clientSecret) ? client : undefined;
  }
}
