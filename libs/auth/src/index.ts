export * from './auth-errors';
export * from './auth.module';
export * from './authenticated-user';
export * from './decorators';
export * from './jwt-auth.guard';
export * from './token-verifier';
export * from './roles';
