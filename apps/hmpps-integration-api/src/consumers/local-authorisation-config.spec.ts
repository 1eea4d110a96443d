import { join } from 'node:path';
import { loadAuthorisationConfig } from './authorisation-config';
import { authoriseRequest } from './authorise-request';

const config = loadAuthorisationConfig(join(__dirname, '..', '..', 'config', 'authorisation.local.yaml'));

describe('the shipped local authorisation config', () => {
  it.each([
    '/v1/persons',
    '/v1/persons/2004%2F13116M',
    '/v1/persons/G2996UX/name',
    '/v1/persons/G2996UX/cell-location',
    '/v1/persons/2004%2F13116M/images',
    '/v1/images/2461788',
    '/v1/hmpps/id/nomis-number/G2996UX',
    '/v1/hmpps/id/by-nomis-number/G2996UX',
    '/v1/hmpps/id/nomis-number/by-hmpps-id/AB123123',
    '/v1/persons/AB123123/addresses',
    '/v1/persons/AB123123/protected-characteristics',
    '/v1/prison/prisoners',
    '/v1/prison/prisoners/G2996UX',
    '/v1/hmpps/reference-data',
    '/health',
    '/info',
  ])('lets automated-test-client call %s', (path) => {
    expect(authoriseRequest(config, 'automated-test-client', path).allowed).toBe(true);
  });

  it('gives the private-prison role the person routes but not images or reference data', () => {
    expect(authoriseRequest(config, 'limited-prisons', '/v1/persons/G2996UX/name').allowed).toBe(true);
    expect(authoriseRequest(config, 'limited-prisons', '/v1/prison/prisoners').allowed).toBe(true);
    expect(authoriseRequest(config, 'limited-prisons', '/v1/persons/G2996UX/images').allowed).toBe(false);
    expect(authoriseRequest(config, 'limited-prisons', '/v1/hmpps/reference-data').allowed).toBe(false);
    expect(config.consumers.get('limited-prisons')?.filters).toEqual({ prisons: ['MDI'] });
  });

  it('lets the kubernetes probe consumer reach only the probes', () => {
    expect(authoriseRequest(config, 'kubernetes-health-check-client', '/health/liveness').allowed).toBe(true);
    expect(authoriseRequest(config, 'kubernetes-health-check-client', '/health/readiness').allowed).toBe(
      true,
    );
    expect(authoriseRequest(config, 'kubernetes-health-check-client', '/v1/persons').allowed).toBe(false);
  });
});
