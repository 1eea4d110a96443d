import { PlatformOptions } from '@libs/platform';
import { discardBodyOfIgnoringRoutes } from './common/ignored-body';
import { ROLE_MATCH_UI, ROLE_SAR_DATA_ACCESS, ROLE_SEARCH_RO } from './common/roles';
import { LearnerRecordsEnv } from './config';
import { APP_NAME, DEFAULT_PORT } from './app-name';
import { KnownRoutes } from './errors/known-routes';
import { learnerRecordsErrorMapper } from './errors/learner-records-error-mapper';

const QUEUE_ADMIN = 'ROLE_QUEUE_ADMIN';
/**
 * Each role's bearer scheme, and the scopes of the roles the reference lists in its top-level `security`
 * (`read` for consumers, `read`/`write` for the match UI; documentation only, never enforced).
 */
const SECURITY_SCHEMES: ReadonlyArray<readonly [string, readonly string[] | undefined]> = [
  [ROLE_SEARCH_RO, ['read']],
  [ROLE_MATCH_UI, ['read', 'write']],
  [ROLE_SAR_DATA_ACCESS, undefined],
  [QUEUE_ADMIN, undefined],
];

/** Filled as Fastify registers the routes; every app built from these options has the same routes. */
const routes = new KnownRoutes();

/** Shared by main.ts and the e2e tests, so tests run the app exactly as it is deployed. */
export const LEARNER_RECORDS_PLATFORM_OPTIONS: PlatformOptions = {
  name: APP_NAME,
  defaultPort: DEFAULT_PORT,
  env: LearnerRecordsEnv,
  title: 'HMPPS Learner Records API',
  description:
    "Finds a learner's ULN and learning record (PLR) in the DfE Learning Records Service, and stores which NOMIS " +
    'prisoner matches which ULN. Every business endpoint needs the `X-Username` header naming the end user.',
  configureSwagger: (builder) => {
    // The reference's document: version `v0`, one bearer scheme per role (named after it, its description
    // naming it), and a top-level security list giving each consumer role its documentation-only scopes.
    builder.setVersion('v0');
    for (const [role, scopes] of SECURITY_SCHEMES) {
      builder.addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: `A HMPPS Auth access token with the \`${role}\` role.`,
        },
        role,
      );
      if (scopes) builder.addSecurityRequirements(role, [...scopes]);
    }
    builder
      .addServer('https://learner-records-api-dev.hmpps.service.justice.gov.uk', 'Development')
      .addServer('https://learner-records-api-preprod.hmpps.service.justice.gov.uk', 'Pre-Production')
      .addServer('https://learner-records-api.hmpps.service.justice.gov.uk', 'Production');
  },
  // Query and path parameters; the reference ignores unknown query parameters (`@Checked` has bodies
  // validated by the same pipe, refusing unknown properties as the reference's parser does).
  validation: { forbidUnknownProperties: false },
  errorMapper: learnerRecordsErrorMapper(routes),
  configure: (app) => {
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRoute', (route) => {
        routes.record(route.method, route.url);
        discardBodyOfIgnoringRoutes(route);
      });
  },
};
