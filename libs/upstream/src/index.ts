export * from './errors/upstream-errors';
export { UpstreamHttpClient } from './http/upstream-http-client';
export type {
  BreakerOptions,
  HttpMethod,
  QueryParams,
  QueryValue,
  UpstreamCallOptions,
  UpstreamClientOptions,
  UpstreamHealth,
  UpstreamRequest,
  UpstreamResponse,
  UpstreamTlsOptions,
} from './http/upstream-types';
export {
  isUpstreamOutage,
  UpstreamBreaker,
  type BreakerState,
  type UpstreamBreakerOptions,
} from './breaker/upstream-breaker';
export { UpstreamMetrics, type ObservedCall, type UpstreamOutcome } from './metrics/upstream-metrics';
export { isOutage, observedHealth, type OutageTest } from './health/observed-health';
export type { TokenProvider } from './token/token-provider';
export {
  ClientCredentialsTokenProvider,
  type ClientCredentialsOptions,
} from './token/client-credentials-token-provider';
export {
  createSoapClient,
  type SoapCallResult,
  type SoapClient,
  type SoapClientOptions,
  type SoapTlsOptions,
} from './soap/create-soap-client';
export { UpstreamModule } from './upstream.module';
export * from './json/loose-json';
