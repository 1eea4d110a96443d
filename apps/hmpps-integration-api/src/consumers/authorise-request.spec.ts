import { parseAuthorisationConfig } from './authorisation-config';
import { authorisedPath, configuredConsumer, mayCall } from './authorise-request';

const config = parseAuthorisationConfig(`
authorisation:
  consumers:
    all-access:
      include: ["/.*"]
    kilco:
      roles: [ext-prisons-private-prison]
      include: ["/v1/images/.*"]
    seed-regexes:
      include: ["/v1/persons/[^/]*$", "/v1/persons/.*/name", "^/v1/prison/[^/]+/visit/search$"]
    suspended:
      include: ["/.*"]
      is-suspended: true
`);

const consumer = (name: string) => {
  const found = configuredConsumer(config, name, '/v1/persons', false);
  if ('status' in found) throw new Error(found.message);
  return found;
};

describe('configuredConsumer', () => {
  it('refuses a suspended consumer, and one the configuration does not know', () => {
    expect(configuredConsumer(config, 'suspended', '/v1/persons', false)).toEqual({
      status: 403,
      message: 'Access suspended',
    });
    expect(configuredConsumer(config, 'stranger', '/v1/persons/X', false)).toEqual({
      status: 403,
      message: 'No consumer authorisation config found for stranger',
    });
  });

  it('gives an unknown consumer the seed-era answer naming the path when asked to', () => {
    expect(configuredConsumer(config, 'stranger', '/v1/persons/X', true)).toEqual({
      status: 403,
      message: 'Unable to authorise /v1/persons/X for stranger',
    });
  });
});

describe('mayCall', () => {
  it('matches role templates and the consumer own patterns on the whole path', () => {
    expect(mayCall(consumer('kilco'), '/v1/persons/G2996UX/name')).toBe(true);
    expect(mayCall(consumer('kilco'), '/v1/prison/MDI/prisoners/G2996UX/balances')).toBe(true);
    expect(mayCall(consumer('kilco'), '/v1/images/2461788')).toBe(true);
    expect(mayCall(consumer('kilco'), '/v1/persons/G2996UX/name/extra')).toBe(false);
    expect(mayCall(consumer('kilco'), '/v1/persons/G2996UX/risks/mappadetail')).toBe(false);
  });

  it('grants one safe segment per placeholder: an encoded / or a dot segment never matches', () => {
    expect(mayCall(consumer('kilco'), '/v1/persons/2004%2F13116M/name')).toBe(false);
    expect(mayCall(consumer('kilco'), '/v1/persons/../name')).toBe(false);
    expect(mayCall(consumer('seed-regexes'), '/v1/persons/G2996UX')).toBe(true);
    expect(mayCall(consumer('seed-regexes'), '/v1/persons/A/B/name')).toBe(false);
    expect(mayCall(consumer('seed-regexes'), '/v1/prison/MDI/visit/search')).toBe(true);
  });

  it('lets the whole-API pattern match everything, encoded ids included', () => {
    expect(mayCall(consumer('all-access'), '/v1/persons/2004%2F13116M')).toBe(true);
    expect(mayCall(consumer('all-access'), '/queue-admin/retry-all-dlqs')).toBe(true);
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
