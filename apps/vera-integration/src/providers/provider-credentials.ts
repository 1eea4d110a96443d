/** Everything needed to act as one provider towards DfE: never leaves the server. */
export interface ProviderCredentials {
  ukprn: string;
  displayName: string;
  clientId: string;
  clientSecret: string;
  tenantId: string;
  resource: string;
}
