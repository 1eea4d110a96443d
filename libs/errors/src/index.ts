export * from './api-error';
export * from './envelopes';
export * from './http-status-name';
export * from './classify-error';
export * from './envelope-exception.filter';
export * from './request-errors';
