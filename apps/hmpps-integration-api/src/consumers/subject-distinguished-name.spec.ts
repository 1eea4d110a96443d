import { consumerNameFromDn } from './subject-distinguished-name';

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
