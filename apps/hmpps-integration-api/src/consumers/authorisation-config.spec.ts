import { NO_FILTERS } from './consumer-filters';
import { parseAuthorisationConfig } from './authorisation-config';
import { LAO_REDACTIONS, GENERAL_RISK_SCORE_REDACTIONS } from '../redaction/policies';

describe('parseAuthorisationConfig', () => {
  it('reads consumers with their own patterns first, then their roles', () => {
    const config = parseAuthorisationConfig(`
authorisation:
  consumers:
    kilco:
      include: ["/v1/images/{id}"]
      roles: [moj-prisons-prisoner-facing]
`);
    const kilco = config.consumers.get('kilco')!;
    expect(kilco.permissions.map(String)).toEqual([
      '/^(?:\\/v1\\/images\\/[a-zA-Z0-9_-]+)$/',
      '/^(?:\\/v1\\/persons\\/[a-zA-Z0-9_-]+\\/name)$/',
      '/^(?:\\/v1\\/hmpps\\/id\\/by-nomis-number\\/[a-zA-Z0-9_-]+)$/',
      '/^(?:\\/v1\\/persons\\/[a-zA-Z0-9_-]+\\/cell-location)$/',
      '/^(?:\\/v1\\/status)$/',
    ]);
    expect(kilco).toMatchObject({ suspended: false, allowFeatureOverride: false, onBehalfOf: null });
    expect(kilco.filters).toEqual(NO_FILTERS);
  });

  it('merges filters of the consumer and its roles: a union, and * anywhere is no filter', () => {
    const config = parseAuthorisationConfig(`
authorisation:
  consumers:
    finance:
      roles: [ext-prisons-prisoner-finance]
      filters:
        prisons: [MDI, LEI]
    finance-without-prisons:
      roles: [ext-prisons-prisoner-finance]
    escort:
      roles: [ext-prisons-escort-custody]
      filters:
        case-notes: [GEN]
    everything:
      roles: [ext-prisons-escort-custody, full-access]
    police:
      roles: [ext-probation-police-intelligence]
    cat4:
      roles: [ext-hmpps-public-protection-cat4]
    cat4-and-all:
      roles: [ext-hmpps-public-protection-cat4, ext-hmpps-public-protection]
`);
    const filters = (name: string) => config.consumers.get(name)!.filters;
    expect(filters('finance')).toEqual({ ...NO_FILTERS, prisons: ['MDI', 'LEI'] });
    expect(filters('finance-without-prisons')).toEqual({ ...NO_FILTERS, prisons: [] });
    expect(filters('escort')).toEqual({
      ...NO_FILTERS,
      caseNotes: ['GEN', 'CAB', 'NEG', 'CVM', 'INTERVENTION', 'POS'],
      supervisionStatuses: ['PRISONS'],
    });
    expect(filters('everything')).toEqual({ ...NO_FILTERS, supervisionStatuses: ['PRISONS'] });
    expect(filters('police').alertCodes).toHaveLength(17);
    expect(filters('police').supervisionStatuses).toEqual(['PROBATION']);
    expect(filters('cat4').mappaCategories).toEqual(['CAT4']);
    expect(filters('cat4-and-all').mappaCategories).toBeNull();
  });

  it('collects the redaction policies of every role in order', () => {
    const config = parseAuthorisationConfig(`
authorisation:
  consumers:
    lao:
      roles: [full-access-lao-redactions, all-endpoints]
`);
    expect(config.consumers.get('lao')!.redactionPolicies).toEqual([
      LAO_REDACTIONS,
      GENERAL_RISK_SCORE_REDACTIONS,
      GENERAL_RISK_SCORE_REDACTIONS,
    ]);
  });

  it('reads prisons [] as no prisons, and an empty filters key or kind as no filter', () => {
    const config = parseAuthorisationConfig(`
authorisation:
  consumers:
    no-prisons:
      filters:
        prisons: []
    empty-filters:
      filters:
    empty-kind:
      filters:
        prisons:
    no-value:
`);
    expect(config.consumers.get('no-prisons')!.filters.prisons).toEqual([]);
    expect(config.consumers.get('empty-filters')!.filters).toEqual(NO_FILTERS);
    expect(config.consumers.get('empty-kind')!.filters).toEqual(NO_FILTERS);
    expect(config.consumers.get('no-value')!.permissions).toEqual([]);
  });

  it('binds keys the way Spring does: kebab-case and camelCase alike, a string as a comma-separated list', () => {
    const config = parseAuthorisationConfig(`
authorisation:
  consumers:
    a:
      roles: "status-only, hmpps-system"
      isSuspended: true
      allow-feature-override: true
      oboConfig:
        strategy: entra
        verification-strategy: azuread
      filters:
        caseNotes: [CAB]
        supervision-statuses: [PRISONS, NONE]
      queue-name: kilcosubscriberqueue
    b:
      obo-config:
        strategy: unsigned
        required: false
  certificateRevocationList:
    - 01:7b:eb
    - "0A/a"
  default-consumer-name: a
`);
    const a = config.consumers.get('a')!;
    expect(a.roles.map((role) => role.name)).toEqual(['status-only', 'hmpps-system']);
    expect(a).toMatchObject({ suspended: true, allowFeatureOverride: true, queueName: 'kilcosubscriberqueue' });
    expect(config.consumers.get('b')!.queueName).toBeNull();
    expect(a.onBehalfOf).toEqual({ strategy: 'entra', required: true, verificationStrategy: 'azuread' });
    expect(a.filters).toMatchObject({ caseNotes: ['CAB'], supervisionStatuses: ['PRISONS', 'NONE'] });
    expect(config.consumers.get('b')!.onBehalfOf).toEqual({
      strategy: 'unsigned',
      required: false,
      verificationStrategy: null,
    });
    expect(config.revokedCertificates).toEqual([
      { serialNumber: '01:7B:EB', consumer: null },
      { serialNumber: '0A', consumer: 'a' },
    ]);
    expect(config.defaultConsumerName).toBe('a');
  });

  it('names every problem at once', () => {
    expect(() =>
      parseAuthorisationConfig(`
globals:
  roles:
    private-prison:
      include: ["/v1/persons"]
authorisation:
  consumers:
    a:
      roles: [missing-role]
      include: ["(unclosed", "/v1/persons/{personId}/name"]
    b:
      filters:
        prisons: MDI
        locations: [X]
        supervision-statuses: [PRISON]
        mappa-categories: [CAT5, "*"]
      extra: true
      is-suspended: "yes"
    c:
      obo-config:
        strategy: magic
      queue-name: "Test Queue"
  certificate-revocation-list: ["not-a-serial"]
`),
    ).toThrow(
      new Error(
        'authorisation config is invalid: ' +
          [
            'globals.roles is not read: roles are part of the application, consumers refer to them by name',
            'consumer a has an invalid pattern "(unclosed": not a valid regular expression',
            'consumer a has an invalid pattern "/v1/persons/{personId}/name": unknown placeholder {personId}',
            'consumer a refers to unknown role missing-role',
            'consumer b has unknown key extra',
            'consumer b filters has unknown key locations',
            'consumer b filters.mappaCategories has unknown values CAT5',
            'consumer b filters.supervisionStatuses has unknown values PRISON',
            'consumer b is-suspended must be true or false',
            'consumer c obo-config.strategy must be unsigned or entra',
            'consumer c queue-name must be a queue id (lower-case letters and digits)',
            'certificate-revocation-list entry "not-a-serial" is not a serial number',
          ].join('; '),
      ),
    );
  });

  it('refuses a file that is not YAML', () => {
    expect(() => parseAuthorisationConfig('a: [b', 'file.yaml')).toThrow(/file.yaml: not valid YAML/);
  });
});
