import { join } from 'node:path';
import { loadAuthorisationConfig } from './authorisation-config';
import { mayCall } from './authorise-request';
import { NO_FILTERS } from './consumer-filters';

const config = loadAuthorisationConfig(join(__dirname, '..', '..', 'config', 'authorisation.local.yaml'));
const consumer = (name: string) => {
  const found = config.consumers.get(name);
  if (!found) throw new Error(`no consumer ${name}`);
  return found;
};

describe('the shipped local authorisation config', () => {
  it.each([
    '/v1/persons',
    '/v1/persons/G2996UX',
    '/v1/persons/G2996UX/name',
    '/v1/persons/AB123123/addresses',
    '/v1/prison/MDI/prisoners/G2996UX/transactions/REF-1',
    '/v1/hmpps/reference-data',
    '/health',
    '/health/ping',
    '/info',
    '/v3/api-docs',
  ])('lets automated-test-client (role full-access) call %s', (path) => {
    expect(mayCall(consumer('automated-test-client'), path)).toBe(true);
  });

  it('gives automated-test-client no PND alerts (removed) and no encoded PNC ids', () => {
    expect(mayCall(consumer('automated-test-client'), '/v1/pnd/persons/G2996UX/alerts')).toBe(false);
    expect(mayCall(consumer('automated-test-client'), '/v1/persons/2004%2F13116M')).toBe(false);
  });

  it('gives the private-prison role the person routes but not images or reference data', () => {
    expect(mayCall(consumer('limited-prisons'), '/v1/persons/G2996UX/name')).toBe(true);
    expect(mayCall(consumer('limited-prisons'), '/v1/prison/prisoners')).toBe(true);
    expect(mayCall(consumer('limited-prisons'), '/v1/persons/G2996UX/images')).toBe(false);
    expect(mayCall(consumer('limited-prisons'), '/v1/hmpps/reference-data')).toBe(false);
    expect(consumer('limited-prisons').filters).toEqual({ ...NO_FILTERS, prisons: ['MDI'] });
  });

  it('lets the kubernetes probe consumer reach only the probes', () => {
    const probe = consumer('kubernetes-health-check-client');
    expect(mayCall(probe, '/health/liveness')).toBe(true);
    expect(mayCall(probe, '/health/readiness')).toBe(true);
    expect(mayCall(probe, '/v1/persons')).toBe(false);
  });

  it('has one consumer per filter kind', () => {
    expect(consumer('limited-case-notes').filters.caseNotes).toEqual(['CAB']);
    expect(consumer('limited-alert-codes').filters.alertCodes).toEqual(['XA', 'HA']);
    expect(consumer('limited-mappa-categories').filters.mappaCategories).toEqual(['CAT4']);
    expect(consumer('supervision-status-probation-only').filters.supervisionStatuses).toEqual(['PROBATION']);
    expect(consumer('no-prisons').filters.prisons).toEqual([]);
  });

  it('revokes certificate 01 for automated-test-client only, and defaults no consumer', () => {
    expect(config.revokedCertificates).toEqual([{ serialNumber: '01', consumer: 'automated-test-client' }]);
    expect(config.defaultConsumerName).toBeNull();
  });
});
