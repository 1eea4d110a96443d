export * from './body-pipes';
export * from './request-validation.error';
export * from './request-validation.pipe';
export * from './rules';
export * from './unstorable-text';
