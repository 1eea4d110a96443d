/**
 * The organisation credentials the stand-in accepts, like the real LRS does for a registered
 * organisation. Defaults match `.env.local` of learner-records.
 */
export interface LrsStubSettings {
  ukprn: string;
  orgPassword: string;
  vendorId: string;
}

export function lrsStubSettings(env: NodeJS.ProcessEnv = process.env): LrsStubSettings {
  return {
    ukprn: env.LRS_STUB_UKPRN ?? '10000001',
    orgPassword: env.LRS_STUB_ORG_PASSWORD ?? 'local-org-password',
    vendorId: env.LRS_STUB_VENDOR_ID ?? '01',
  };
}
