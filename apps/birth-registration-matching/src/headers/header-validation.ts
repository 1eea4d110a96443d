import { BrmError, BrmErrors } from '../errors/brm-errors';

/** The vendor media type, matched on the lower-cased value: version up to the first `+`, then the suffix. */
const VENDOR_ACCEPT = /^application\/vnd[.]hmrc[.](.*?)[+](.*)$/;
const SUPPORTED_VERSION = '1.0';
const SUPPORTED_SUFFIX = 'json';

export interface HeaderCheck {
  /** The version part of a vendor `Accept` value, whether supported or not (goes into the request key). */
  readonly acceptVersion?: string;
  /** The raw `Audit-Source` value when the header was sent. */
  readonly auditSource?: string;
  /** The first failing check in the reference's order, if any. */
  readonly error?: BrmError;
}

/**
 * Runs the three header checks; the first failure in the order Accept version → Audit-Source →
 * Accept suffix wins. (The reference evaluated all three for its metrics; ours count only requests that
 * pass, so a refused caller creates no series.)
 */
export function checkHeaders(accept: string | undefined, auditSource: string | undefined): HeaderCheck {
  const vendor = accept === undefined ? null : VENDOR_ACCEPT.exec(accept.toLowerCase());
  const acceptVersion = vendor?.[1];
  const versionOk = acceptVersion === SUPPORTED_VERSION;
  const auditSourceOk = auditSource !== undefined && auditSource !== '';
  const suffixOk = vendor?.[2] === SUPPORTED_SUFFIX;

  const failures: [boolean, BrmError][] = [
    [versionOk, BrmErrors.invalidAcceptHeader],
    [auditSourceOk, BrmErrors.invalidAuditSource],
    [suffixOk, BrmErrors.invalidContentType],
  ];
  const error = failures.find(([passed]) => !passed)?.[1];
  return { acceptVersion, auditSource, error };
}
