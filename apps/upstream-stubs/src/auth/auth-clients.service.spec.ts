import { AuthClients } from './auth-clients.service';

describe('the stub HMPPS Auth clients', () => {
  const saved = process.env.STUB_AUTH_CLIENT_SECRETS;
  afterEach(() => {
    if (saved === undefined) delete process.env.STUB_AUTH_CLIENT_SECRETS;
    else process.env.STUB_AUTH_CLIENT_SECRETS = saved;
  });

  it('authenticate a fixture client with its fixture secret only', () => {
    delete process.env.STUB_AUTH_CLIENT_SECRETS;
    const clients = new AuthClients();
    expect(clients.authenticate('hmpps-integration-api', 'hmpps-integration-api-local-secret')?.clientId).toBe(
      'hmpps-integration-api',
    );
    expect(clients.authenticate('hmpps-integration-api', 'another-secret')).toBeUndefined();
  });

  it('take a run-specific secret from STUB_AUTH_CLIENT_SECRETS instead of the fixture one', () => {
    process.env.STUB_AUTH_CLIENT_SECRETS = JSON.stringify({ 'hmpps-integration-api': 'run-own-secret' });
    const clients = new AuthClients();
    expect(clients.authenticate('hmpps-integration-api', 'run-own-secret')?.clientId).toBe('hmpps-integration-api');
    expect(clients.authenticate('hmpps-integration-api', 'hmpps-integration-api-local-secret')).toBeUndefined();
  });

  it('refuse to start on an override that is not an object of secrets', () => {
    process.env.STUB_AUTH_CLIENT_SECRETS = JSON.stringify({ 'hmpps-integration-api': 42 });
    expect(() => new AuthClients()).toThrow('STUB_AUTH_CLIENT_SECRETS must be a JSON object');
  });
});
