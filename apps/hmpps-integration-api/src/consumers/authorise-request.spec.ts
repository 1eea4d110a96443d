import { parseAuthorisationConfig } from './authorisation-config';
import { authorisedPath, authoriseRequest } from './authorise-request';

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

describe('authorisedPath', () => {
  const route = (url: string, routePattern: string | undefined, params: Record<string, string> = {}) =>
    authorisedPath({ url, routePattern, params });

  it('is the routed path, whatever follows a # or ? in the target', () => {
    const params = { hmppsId: 'G2996UX' };
    const pattern = '/v1/persons/:hmppsId/risks/serious-harm';
    expect(route('/v1/persons/G2996UX/risks/serious-harm#/name', pattern, params)).toBe(
      '/v1/persons/G2996UX/risks/serious-harm',
    );
    expect(route('/v1/persons/G2996UX/risks/serious-harm?x=/name', pattern, params)).toBe(
      '/v1/persons/G2996UX/risks/serious-harm',
    );
  });

  it('re-encodes decoded parameters, so an encoded / stays inside its segment', () => {
    expect(route('/v1/persons/2004%2F13116M', '/v1/persons/:hmppsId', { hmppsId: '2004/13116M' })).toBe(
      '/v1/persons/2004%2F13116M',
    );
  });

  it('sees the route the router chose when the client encoded its letters', () => {
    expect(
      route('/v1/persons/G2996UX/risks/serious-h%61rm', '/v1/persons/:hmppsId/risks/serious-harm', {
        hmppsId: 'G2996UX',
      }),
    ).toBe('/v1/persons/G2996UX/risks/serious-harm');
  });

  it('rebuilds a wildcard route segment by segment', () => {
    expect(route('/swagger-ui/a%20b/c.js', '/swagger-ui/*', { '*': 'a b/c.js' })).toBe(
      '/swagger-ui/a%20b/c.js',
    );
  });

  it('authorises an unknown path as sent, up to its query or fragment', () => {
    expect(route('/v1/unknown/2004%2F13116M?page=2', undefined)).toBe('/v1/unknown/2004%2F13116M');
    expect(route('/v1/unknown#/name', undefined)).toBe('/v1/unknown');
  });
});
