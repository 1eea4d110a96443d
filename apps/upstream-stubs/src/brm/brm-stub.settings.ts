export const GRO_REGISTRY = Symbol('GRO_REGISTRY');
export const NRS_REGISTRY = Symbol('NRS_REGISTRY');

/** The token the DES stand-in expects; `.env.local` gives the app the same value. */
export function desStubToken(): string {
  return process.env.STUB_DES_AUTH_TOKEN ?? 'local-des-token';
}
