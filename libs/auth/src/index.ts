export * from './auth-errors';
export * from './auth.module';
export type { AuthenticatedUser } from './authenticated-user';
export { hasAnyRole } from './authenticated-user';
export * from './decorators';
export { Roles } from './roles';
export { JwksTokenVerifier, type JwksTokenVerifierOptions } from './jwks-token-verifier';
export { TokenRefusal } from './token-refusal';
