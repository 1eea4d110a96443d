import { BrmError, BrmErrors } from '../errors/brm-errors';

/** The vendor media type, matched on the lower-cased value: version up to the first `+`, then the suffix. */
const VENDOR_ACCEPT = /^application\/vnd[.]hmrc[.](.*?)[+](.*)$/;
const SUPPORTED_VERSION = '1.0';
const SUPPORTED_SUFFIX = 'json';

export interface HeaderCheck {
  /** The version part of a vendor `Accept` value, whether supported or not (drives the version metric). */
  readonly acceptVersion?: string;
  /** The raw `Audit-Source` value when the header was sent (drives the audit-source metric). */
  readonly auditSource?: string;
  /** The first failing check in the reference's order, if any. */
  readonly error?: BrmError;
}

/**
 * Runs the three header checks of spec §4. All are evaluated (each feeds a metric); the first failure
 * in the order Accept version → Audit-Source → Accept suffix wins.
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
