export * from './auth-errors';
export * from './auth.module';
export * from './authenticated-user';
export * from './decorators';
export * from './jwt-auth.guard';
export * from './jwt.strategy';
export * from './roles';
