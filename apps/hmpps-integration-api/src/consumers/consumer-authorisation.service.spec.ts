import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '@libs/platform';
import { AppConfig, hmppsIntegrationConfig, HmppsIntegrationEnv, REQUIRED_ENV } from '../config';
import { OnBehalfOfService } from '../on-behalf-of/on-behalf-of.service';
import { ConsumerAuthorisationService } from './consumer-authorisation.service';

const requiredEnv = {
  ...Object.fromEntries(REQUIRED_ENV.map((name) => [name, `http://localhost/${name}`])),
  HMPPS_SQS_PROVIDER: 'localstack',
  INTEGRATION_API_BASE_URL: 'https://integration-api.example',
};
const readConfig = (env: Record<string, string | undefined>) =>
  hmppsIntegrationConfig(loadEnv('hmpps-integration-api', HmppsIntegrationEnv, env));

describe('ConsumerAuthorisationService start-up checks', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'hmpps-authorisation-'));
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  function serviceWith(yaml: string, env: Record<string, string> = {}): ConsumerAuthorisationService {
    const path = join(directory, `${Math.random()}.yaml`);
    writeFileSync(path, yaml);
    const config = new AppConfig(readConfig({ ...requiredEnv, ...env, AUTHORISATION_CONFIG: path }));
    return new ConsumerAuthorisationService(config, {} as OnBehalfOfService);
  }

  it('stops start-up when the authorisation config cannot be read', () => {
    const config = new AppConfig({
      ...readConfig(requiredEnv),
      authorisationConfigPath: '/nonexistent/a.yaml',
    });
    expect(() => new ConsumerAuthorisationService(config, {} as OnBehalfOfService)).toThrow(
      'AUTHORISATION_CONFIG: cannot read /nonexistent/a.yaml',
    );
  });

  it('refuses a default consumer in production, where every request must carry a certificate subject', () => {
    const yaml = 'authorisation:\n  default-consumer-name: all-access\n';
    const production = { NODE_ENV: 'production', CLIENT_SECRET: 'from-the-vault', DATABASE_URL: 'postgres://db/hmpps' };
    expect(() => serviceWith(yaml, production)).toThrow(
      'default-consumer-name is for local runs and is refused with NODE_ENV=production',
    );
    expect(() => serviceWith(yaml)).not.toThrow();
  });

  it('needs Manage Users when a consumer verifies its on-behalf-of users', () => {
    const yaml = `
authorisation:
  consumers:
    verified:
      obo-config:
        strategy: unsigned
        verification-strategy: azuread
`;
    expect(() => serviceWith(yaml)).toThrow(
      'MANAGE_USERS_URL is needed to verify the on-behalf-of users of verified',
    );
    expect(() => serviceWith(yaml, { MANAGE_USERS_URL: 'http://localhost/manage-users' })).not.toThrow();
  });
});
