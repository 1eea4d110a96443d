import { PlatformOptions } from '@libs/platform';
import { mapError } from './common/error-mapper';
import { VALIDATION } from './common/request-body';
import { SUBJECT_DN_SCHEME } from './common/openapi';
import { HmppsIntegrationEnv, mutualTlsServerOptions } from './config';
import { ConsumerAuthorisationService, SUBJECT_DN_HEADER } from './consumers/consumer-authorisation.service';
import { APP_NAME } from './app-name';


/** What main.ts passes to `bootstrap`, and tests to `startApp`: the same app either way. */
export function platformOptions(env: NodeJS.ProcessEnv = process.env): PlatformOptions {
  return {
    name: APP_NAME,
    defaultPort: 8081,
    env: HmppsIntegrationEnv,
    title: 'HMPPS Integration API',
    description:
      'A long-lived API that exposes data from HMPPS systems such as the National Offender Management Information System (NOMIS), nDelius (probation system) and Offender Assessment System (OASys), providing a single point of entry for consumers.',
    https: mutualTlsServerOptions(env),
    configureSwagger: (builder) =>
      builder
        .setLicense('MIT', 'https://opensource.org/licenses/MIT')
        .addServer('https://dev.integration-api.hmpps.service.justice.gov.uk', 'Development')
        .addServer('https://preprod.integration-api.hmpps.service.justice.gov.uk', 'Pre-production')
        .addServer('https://integration-api.hmpps.service.justice.gov.uk', 'Production')
        .addApiKey({ type: 'apiKey', in: 'header', name: SUBJECT_DN_HEADER }, SUBJECT_DN_SCHEME),
    errorMapper: mapError,
    validation: VALIDATION,
    configure: (app) => {
      // A Fastify hook rather than a Nest guard: it also covers platform routes and unknown paths.
      const authorisation = app.get(ConsumerAuthorisationService);
      const fastify = app.getHttpAdapter().getInstance();
      fastify.addHook('onRequest', authorisation.onRequest);
      fastify.addHook('preHandler', authorisation.preHandler);
    },
  };
}
