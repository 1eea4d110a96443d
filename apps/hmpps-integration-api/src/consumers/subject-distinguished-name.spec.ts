import { consumerNameFromDn, singleSubjectDn } from './subject-distinguished-name';

describe('consumerNameFromDn', () => {
  it.each([
    ['C=GB,ST=London,L=London,O=Home Office,CN=automated-test-client', 'automated-test-client'],
    ['O=K8s,CN=kubernetes-health-check-client', 'kubernetes-health-check-client'],
    ['CN=all-access', 'all-access'],
    ['CN=limited-prisons, O=Home Office, C=GB', 'limited-prisons'],
    ['cn=lower-case-type', 'lower-case-type'],
    ['O=Smith\\, Jones and Co,CN=escaped', 'escaped'],
    ['O="Quoted, Ltd",CN=quoted', 'quoted'],
    ['CN=first,OU=x,CN=second', 'second'],
    ['CN=with\\2Chex', 'with,hex'],
  ])('reads the consumer from %s', (dn, expected) => {
    expect(consumerNameFromDn(dn)).toBe(expected);
  });

  it.each([undefined, '', 'O=Home Office', 'not a dn', 'CN=', ',,,'])('finds no consumer in %p', (dn) => {
    expect(consumerNameFromDn(dn)).toBeNull();
  });
});

describe('singleSubjectDn', () => {
  const name = 'subject-distinguished-name';

  it('returns the value of the one header, whatever the case of its name', () => {
    expect(singleSubjectDn(['Host', 'x', 'Subject-Distinguished-Name', 'CN=all-access'], name)).toBe(
      'CN=all-access',
    );
  });

  it.each([
    [['host', 'x']],
    [[name, 'CN=intruder', name, 'CN=all-access']],
    [[name, 'CN=all-access', 'SUBJECT-DISTINGUISHED-NAME', 'CN=all-access']],
  ])('refuses none or several headers: %p', (rawHeaders) => {
    expect(singleSubjectDn(rawHeaders, name)).toBeNull();
  });
});
