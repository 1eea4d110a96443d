import type { PlatformOptions } from '@libs/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { APP_NAME, DEFAULT_PORT } from './app-name';
import { BrmEnv } from './config';
import { brmErrorMapper } from './errors/brm-error-mapper';

/** Play's default in-memory body limit, which the reference inherits. */
const BODY_LIMIT_BYTES = 100 * 1024;

function configure(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (_request, reply, payload) => {
    // The HMRC platform marks every answer uncacheable; BRM's JSON always states its charset.
    reply.header('Cache-Control', 'no-cache,no-store,max-age=0');
    if (reply.getHeader('content-type') === 'application/json')
      reply.header('content-type', 'application/json; charset=utf-8');
    return payload;
  });
}

/** Shared by `main.ts` and the e2e tests, so both run the same app. */
export const BRM_PLATFORM_OPTIONS: PlatformOptions = {
  name: APP_NAME,
  defaultPort: DEFAULT_PORT,
  env: BrmEnv,
  title: 'Birth Registration Matching',
  description:
    "HMRC Birth Registration Matching: does a child's birth registration in England and Wales (GRO), Scotland (NRS) or Northern Ireland (GRO-NI) match the details given?",
  bodyLimitBytes: BODY_LIMIT_BYTES,
  // The reference accepts `text/json` bodies as well as `application/json`.
  jsonContentTypes: ['application/json', 'text/json'],
  // The DTO is checked by the platform's pipe, rendered by BRM's mapper. The reference ignores unknown
  // fields and treats control characters in a name as ordinary text (no match), so both are let through.
  validation: { forbidUnknownProperties: false, refuseUnstorableText: false },
  errorMapper: brmErrorMapper,
  // BRM itself takes no credentials: the HMRC API platform in front of it authenticates callers and
  // never forwards their token. The empty requirement says so to clients ("no security here").
  configureSwagger: (builder) => {
    builder.addSecurityRequirements({});
  },
  configure,
};
