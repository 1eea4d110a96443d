export interface AuthenticatedUser {
  /** The token's `authorities`, verbatim, plus `SCOPE_<x>` for each `scope` entry. */
  authorities: string[];
  clientId?: string;
  username?: string;
  claims: Record<string, unknown>;
}

export function userFromClaims(claims: Record<string, unknown>): AuthenticatedUser {
  const list = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : typeof value === 'string'
        ? value.split(' ')
        : [];
  const authorities = [...list(claims.authorities), ...list(claims.scope).map((scope) => `SCOPE_${scope}`)];
  return {
    authorities,
    clientId: typeof claims.client_id === 'string' ? claims.client_id : undefined,
    username: typeof claims.user_name === 'string' ? claims.user_name : undefined,
    claims,
  };
}

export function hasAnyRole(user: AuthenticatedUser | undefined, roles: readonly string[]): boolean {
  return !!user && roles.some((role) => user.authorities.includes(role));
}
