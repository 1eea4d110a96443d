/** The claims the stub HMPPS Auth puts in every access token (the subset real HMPPS Auth tokens carry). */
export interface StubTokenClaims {
  sub: string;
  client_id: string;
  user_name?: string;
  authorities: string[];
  scope: string[];
  grant_type: string;
  auth_source: string;
  iss: string;
  iat: number;
  nbf?: number;
  exp: number;
  jti: string;
}
