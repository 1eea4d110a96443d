import {
  checkCertificateExpiry,
  isRevoked,
  parseCertificateDate,
  REVOKED_CERTIFICATES,
  serialNumberFromDecimal,
  serialNumberFromHex,
} from './certificates';

describe('certificate serial numbers', () => {
  it('formats the gateway decimal serial as the reference lists it', () => {
    expect(serialNumberFromDecimal('8472494320151578633330348943480876283449388195')).toBe(
      '01:7B:EB:77:06:DB:11:F5:2E:B6:F7:37:7B:A9:E0:E4:84:C5:2C:A3',
    );
    expect(serialNumberFromDecimal('1')).toBe('01');
    expect(serialNumberFromDecimal('0')).toBe('00');
  });

  it('adds a 00 byte when the top bit is set, as a two-complement byte array does', () => {
    expect(serialNumberFromDecimal('128')).toBe('00:80');
    expect(serialNumberFromHex('80')).toBe('00:80');
    expect(serialNumberFromHex('17B')).toBe('01:7B');
  });

  it('reads nothing from a value that is not a number', () => {
    expect(serialNumberFromDecimal('01:7B')).toBeNull();
    expect(serialNumberFromDecimal('-1')).toBeNull();
    expect(serialNumberFromDecimal('')).toBeNull();
    expect(serialNumberFromHex('xyz')).toBeNull();
  });

  it('revokes globally, or for the named consumer only', () => {
    const revoked = [...REVOKED_CERTIFICATES, { serialNumber: '01', consumer: 'automated-test-client' }];
    expect(isRevoked(revoked, '01:7B:EB:77:06:DB:11:F5:2E:B6:F7:37:7B:A9:E0:E4:84:C5:2C:A3', 'anyone')).toBe(
      true,
    );
    expect(isRevoked(revoked, '01', 'automated-test-client')).toBe(true);
    expect(isRevoked(revoked, '01', 'all-access')).toBe(false);
    expect(isRevoked(revoked, '02', 'automated-test-client')).toBe(false);
  });
});

describe('certificate expiry', () => {
  const now = new Date('2026-05-08T12:30:10Z');
  const check = (text: string) =>
    checkCertificateExpiry('consumer-name', parseCertificateDate(text)!, text, now);

  it('parses OpenSSL dates, a single-digit day padded with a space', () => {
    expect(parseCertificateDate('Jun 7 12:30:10 2026 GMT')?.toISOString()).toBe('2026-06-07T12:30:10.000Z');
    expect(parseCertificateDate('Jan  8 11:23:46 2027 GMT')?.toISOString()).toBe('2027-01-08T11:23:46.000Z');
    expect(parseCertificateDate('Wrong format')).toBeNull();
    expect(parseCertificateDate('Feb 30 00:00:00 2026 GMT')).toBeNull();
  });

  it.each([
    ['Jun 8 12:30:10 2026 GMT', null],
    ['Jun 7 12:30:10 2026 GMT', 'in under 30 days'],
    ['May 29 00:30:10 2026 GMT', 'in under 3 weeks'],
    ['May 28 00:30:10 2026 GMT', 'in under 3 weeks'],
    ['May 22 00:30:10 2026 GMT', 'in under 2 weeks'],
    ['May 15 00:30:10 2026 GMT', 'in 7 days'],
    ['May 9 00:30:10 2026 GMT', 'in 1 day'],
    ['May 8 00:30:10 2026 GMT', 'in 0 days'],
  ])('warns for %s: %s', (text, when) => {
    expect(check(text)).toEqual({
      expired: false,
      warning: when && `The certificate for consumer-name will expire ${when} (${text})`,
    });
  });

  it('finds an already expired certificate', () => {
    expect(check('May 7 00:30:10 2026 GMT')).toEqual({
      expired: true,
      message: 'The certificate for consumer-name with expiry date May 7 00:30:10 2026 GMT has expired',
    });
  });
});
