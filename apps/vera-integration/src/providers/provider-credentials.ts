/** Everything needed to act as one provider towards DfE: never leaves the server. */
export interface ProviderCredentials {
  ukprn: string;
  displayName: string;
  clientId: string;
  clientSecret: string;
  tenantId: string;
  resource: string;
}

/** A provider as the admin API shows it: no secret, ever. */
export interface ProviderView {
  ukprn: string;
  displayName: string;
  clientId: string;
  /** Null: the global DFE_SECURITY_TENANT_ID / DFE_SECURITY_RESOURCE apply. */
  tenantId: string | null;
  resource: string | null;
  /** `configuration`: the single provider from DFE_SECURITY_* variables (read-only here). */
  source: 'database' | 'configuration';
  /** Which encryption key currently seals the secret (database providers). */
  secretKeyId: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}
