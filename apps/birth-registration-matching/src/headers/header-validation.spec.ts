import { checkHeaders } from './header-validation';

const VALID_ACCEPT = 'application/vnd.hmrc.1.0+json';

describe('checkHeaders', () => {
  it('passes the documented headers', () => {
    expect(checkHeaders(VALID_ACCEPT, 'dfs')).toEqual({
      acceptVersion: '1.0',
      auditSource: 'dfs',
      error: undefined,
    });
  });

  it('lower-cases Accept before matching', () => {
    expect(checkHeaders('Application/VND.HMRC.1.0+JSON', 'dfs').error).toBeUndefined();
  });

  it.each([
    undefined,
    '',
    'application/json',
    '*/*',
    'application/json, application/vnd.hmrc.1.0+json',
    'application/vnd.hmrc.1+json',
    'application/vnd.hmrc.2.0+json',
    'application/vnd.hmrc.12.0+xml',
    'application/vnd.hmrc.1.0',
  ])('answers INVALID_ACCEPT_HEADER for Accept %p', (accept) => {
    const { error } = checkHeaders(accept, 'dfs');
    expect(error?.status).toBe(406);
    expect(error?.body).toEqual({ code: 'INVALID_ACCEPT_HEADER', message: 'Accept header is invalid.' });
  });

  it.each([
    'application/vnd.hmrc.1.0+xml',
    'application/vnd.hmrc.1.0+json; charset=utf-8',
    'application/vnd.hmrc.1.0+json+json',
  ])('answers INVALID_CONTENT_TYPE for Accept %p', (accept) => {
    const { error } = checkHeaders(accept, 'dfs');
    expect(error?.status).toBe(406);
    expect(error?.body.code).toBe('INVALID_CONTENT_TYPE');
  });

  it.each([undefined, ''])('answers INVALID_AUDITSOURCE for Audit-Source %p', (auditSource) => {
    const { error } = checkHeaders(VALID_ACCEPT, auditSource);
    expect(error?.status).toBe(401);
    expect(error?.body).toEqual({
      code: 'INVALID_AUDITSOURCE',
      message: 'Provided Audit-Source is invalid.',
    });
  });

  it('accepts any non-empty Audit-Source, however long', () => {
    expect(checkHeaders(VALID_ACCEPT, 'x'.repeat(500)).error).toBeUndefined();
  });

  it('applies the reference precedence', () => {
    expect(checkHeaders('', '').error?.body.code).toBe('INVALID_ACCEPT_HEADER');
    expect(checkHeaders('application/vnd.hmrc.1.0+xml', undefined).error?.body.code).toBe(
      'INVALID_AUDITSOURCE',
    );
  });

  it('reports the vendor version even when it is unsupported', () => {
    expect(checkHeaders('application/vnd.hmrc.2.0+json', 'dfs').acceptVersion).toBe('2.0');
    expect(checkHeaders('application/json', 'dfs').acceptVersion).toBeUndefined();
  });
});
