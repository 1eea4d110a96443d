import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretOverrides } from '../common/secret-overrides';

/** A provider's Entra app registration as DfE would issue it: one client id bound to one UKPRN. */
export interface StubClient {
  clientId: string;
  clientSecret: string;
  ukprn: string;
  providerName: string;
  /** ULNs already shared with this provider through the VER website (Pattern B). */
  sharedUlns: string[];
}

export interface StubLearner {
  mobileNumber: string;
  /** The learner-data body exactly as the stub returns it (some numbers deliberately arrive as strings). */
  record: Record<string, unknown> & { uln: number | string; dateOfBirth: string };
}

export interface VeraFixtures {
  tenantId: string;
  resource: string;
  clients: StubClient[];
  learners: StubLearner[];
}

const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'vera');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as T;
}

export function loadVeraFixtures(): VeraFixtures {
  const clients = readJson<{ tenantId: string; resource: string; clients: StubClient[] }>('clients.json');
  // STUB_VERA_CLIENT_SECRETS replaces fixture secrets for a run as in production (the benchmark).
  const secrets = secretOverrides('STUB_VERA_CLIENT_SECRETS');
  return {
    ...clients,
    clients: clients.clients.map((client) => ({
      ...client,
      clientSecret: secrets[client.clientId] ?? client.clientSecret,
    })),
    learners: readJson<StubLearner[]>('learners.json'),
  };
}

export function ulnOf(learner: StubLearner): string {
  return String(learner.record.uln);
}
