import { RevokedCertificate } from './authorisation-config';

/**
 * Certificates the reference service has revoked in every environment (its `application.yml`); a
 * consumer file's `certificate-revocation-list` adds to these, it cannot take one away.
 */
export const REVOKED_CERTIFICATES: readonly RevokedCertificate[] = [
  '01:7B:EB:77:06:DB:11:F5:2E:B6:F7:37:7B:A9:E0:E4:84:C5:2C:A3', // smoke test
  '25:13:0D:D4:02:AE:7A:30:17:36:02:2E:A9:E9:B8:48:F4:4B:F6:70', // HIA-1054
  '10:67:6D:6D:8B:A4:5B:B0:B7:24:5C:68:1A:58:DB:78:21:3D:E1:83', // HIA-1266
  '43:5A:CA:9A:6F:C4:A2:28:E6:0A:AA:23:50:5C:54:AE:DC:92:BC:70', // HIA-1271
  '4C:BE:74:46:EE:F8:4F:DC:BB:78:8B:1F:59:38:4B:E6:A2:70:3C:5E', // smoke test, renewed
  '17:8E:F3:0D:BA:D0:AC:C9:0B:70:C3:2A:D6:D4:EB:B5:8C:02:1D:D9', // HIA-1695
].map((serialNumber) => ({ serialNumber, consumer: null }));

/**
 * A serial number as the reference prints and lists it: the bytes of its two's-complement form,
 * upper-case hex, colon-separated (a leading `00` when the top bit is set). The API gateway sends it in
 * decimal (`cert-serial-number`); a TLS peer certificate gives it in hex.
 */
export function serialNumberFromDecimal(decimal: string): string | null {
  return /^\d{1,200}$/.test(decimal.trim()) ? formatSerialNumber(BigInt(decimal.trim())) : null;
}

export function serialNumberFromHex(hex: string): string | null {
  return /^[0-9A-Fa-f]{1,200}$/.test(hex) ? formatSerialNumber(BigInt(`0x${hex}`)) : null;
}

function formatSerialNumber(value: bigint): string {
  let hex = value.toString(16).toUpperCase();
  if (hex.length % 2 === 1) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return hex.match(/../g)!.join(':');
}

/** Revoked for everyone, or for this consumer only (`serial/consumer` entries). */
export function isRevoked(
  revoked: readonly RevokedCertificate[],
  serialNumber: string,
  consumer: string,
): boolean {
  return revoked.some(
    (entry) =>
      entry.serialNumber === serialNumber && (entry.consumer === null || entry.consumer === consumer),
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OPENSSL_DATE = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/;

/**
 * An OpenSSL `notAfter` date (`Jun  7 12:30:10 2026 GMT`, a single-digit day padded with a space), as
 * the gateway's `cert-expiry-date` header and a TLS peer certificate's `valid_to` give it.
 */
export function parseCertificateDate(text: string): Date | null {
  const match = OPENSSL_DATE.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[1]) : -1;
  if (!match || month < 0) return null;
  const [day, hours, minutes, seconds, year] = match.slice(2).map(Number);
  const date = new Date(Date.UTC(year, month, day, hours, minutes, seconds));
  return date.getUTCDate() === day && hours < 24 && minutes < 60 && seconds < 61 ? date : null;
}

export type ExpiryCheck = { expired: true; message: string } | { expired: false; warning: string | null };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a consumer's certificate has expired, and the warning due when it soon will: within 30 days,
 * then in weekly steps up to 28 days, then daily from 7 days (whole calendar days, UTC).
 */
export function checkCertificateExpiry(
  consumer: string,
  expiresAt: Date,
  expiryText: string,
  now: Date,
): ExpiryCheck {
  const days = Math.round((startOfDay(expiresAt) - startOfDay(now)) / DAY_MS);
  if (days < 0) {
    return {
      expired: true,
      message: `The certificate for ${consumer} with expiry date ${expiryText} has expired`,
    };
  }
  const when =
    days <= 7
      ? `in ${days} ${days === 1 ? 'day' : 'days'}`
      : days <= 28
        ? `in under ${Math.ceil(days / 7)} weeks`
        : days <= 30
          ? 'in under 30 days'
          : null;
  return {
    expired: false,
    warning: when && `The certificate for ${consumer} will expire ${when} (${expiryText})`,
  };
}

function startOfDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
