export * from './capture-logs';
export * from './certificates';
export * from './database';
export type { EnvOverrides } from './env';
export * from './http';
export type { StartedApp } from './listen';
export * from './mint-token';
export * from './start-app';
export * from './stubs';
