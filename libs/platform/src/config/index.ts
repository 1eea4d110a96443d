export * from './env-loader';
export * from './env-rules';
export * from './env.module';
export * from './platform-env';
