/** What LRS authenticates the organisation by, inside every SOAP body. Never logged. */
export interface LrsCredentials {
  ukprn: string;
  orgPassword: string;
  vendorId: string;
}
