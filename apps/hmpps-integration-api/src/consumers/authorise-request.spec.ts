import { parseAuthorisationConfig } from './authorisation-config';
import { authoriseRequest, rawPathOf } from './authorise-request';

const config = parseAuthorisationConfig(`
globals:
  roles:
    private-prison:
      include:
        - "/v1/persons/[^/]*$"
        - "/v1/prison/prisoners"
authorisation:
  consumers:
    all-access:
      include: ["/.*"]
    kilco:
      roles: [private-prison]
      include: ["/v1/images/.*"]
      filters:
        prisons: [MDI]
    no-include-or-roles:
    no-prisons:
      include: ["/.*"]
      filters:
        prisons: []
    empty-filters:
      include: ["/.*"]
      filters:
`);

describe('authoriseRequest', () => {
  it('refuses a request without a consumer name', () => {
    expect(authoriseRequest(config, null, '/v1/persons')).toEqual({
      allowed: false,
      message: 'No subject-distinguished-name header provided for authorisation',
    });
  });

  it('allows a path matched by a role pattern and returns the consumer filters', () => {
    const outcome = authoriseRequest(config, 'kilco', '/v1/persons/G2996UX');
    expect(outcome).toMatchObject({
      allowed: true,
      consumer: { name: 'kilco', filters: { prisons: ['MDI'] } },
    });
  });

  it('matches the raw encoded path, so an encoded PNC is one segment', () => {
    expect(authoriseRequest(config, 'kilco', '/v1/persons/2004%2F13116M').allowed).toBe(true);
    expect(authoriseRequest(config, 'kilco', '/v1/persons/2004/13116M').allowed).toBe(false);
  });

  it('requires the whole path to match', () => {
    expect(authoriseRequest(config, 'kilco', '/v1/prison/prisoners/G2996UX')).toEqual({
      allowed: false,
      message: 'Unable to authorise /v1/prison/prisoners/G2996UX for kilco',
    });
  });

  it('refuses unknown consumers and consumers without patterns', () => {
    expect(authoriseRequest(config, 'stranger', '/v1/persons').allowed).toBe(false);
    expect(authoriseRequest(config, 'no-include-or-roles', '/v1/persons').allowed).toBe(false);
  });

  it('reads prisons [] as no prisons and an empty filters key as every prison', () => {
    expect(config.consumers.get('no-prisons')?.filters).toEqual({ prisons: [] });
    expect(config.consumers.get('empty-filters')?.filters).toEqual({ prisons: null });
    expect(config.consumers.get('all-access')?.filters).toEqual({ prisons: null });
  });
});

describe('parseAuthorisationConfig', () => {
  it('names every problem at once', () => {
    expect(() =>
      parseAuthorisationConfig(`
authorisation:
  consumers:
    a:
      roles: [missing-role]
      include: ["(unclosed"]
    b:
      filters:
        prisons: MDI
      extra: true
`),
    ).toThrow(
      /invalid include pattern "\(unclosed".*unknown role missing-role.*unknown key extra.*filters.prisons must be a list of strings/,
    );
  });

  it('refuses a file that is not YAML', () => {
    expect(() => parseAuthorisationConfig('a: [b', 'file.yaml')).toThrow(/file.yaml: not valid YAML/);
  });
});

describe('rawPathOf', () => {
  it('drops the query string and keeps percent-encoding', () => {
    expect(rawPathOf('/v1/persons/2004%2F13116M?page=2')).toBe('/v1/persons/2004%2F13116M');
  });
});
