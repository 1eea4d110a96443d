import { ValidationPipe } from '@nestjs/common';
import { PlatformOptions } from '@libs/platform';
import { BEARER_SCHEME } from './common/roles';
import { isPageRoute } from './common/routes';
import { StorableTextPipe } from './common/storable-text.pipe';
import { veraErrorMapper } from './errors/vera-error-mapper';
import { installPages } from './pages/page-setup';

import { APP_NAME, DEFAULT_PORT } from './app-name';
import { VeraEnv } from './config';

export { APP_NAME, DEFAULT_PORT };

/** Shared by main.ts and the e2e tests, so tests run the app exactly as it is deployed. */
export const VERA_PLATFORM_OPTIONS: PlatformOptions = {
  name: APP_NAME,
  defaultPort: DEFAULT_PORT,
  env: VeraEnv,
  title: 'VERA integration',
  description:
    'DfE View Education Record (VERA) for MIS vendors serving many providers: Patterns A (QR code), B (ULN) and C ' +
    '(mobile notification) per provider (UKPRN), each with its own DfE credentials, plus a provider registry. ' +
    'Every operation needs an HMPPS Auth bearer token: ROLE_VERA_MIS for the MIS operations, ROLE_VERA_ADMIN for ' +
    'provider administration. Bodies are JSON only (other content types: 415), read only after the token and role ' +
    'are accepted. Errors use the envelope { status, errorCode, userMessage, developerMessage, moreInfo }.',
  configureSwagger: (builder) => {
    builder
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'An HMPPS Auth token (RS256) with ROLE_VERA_MIS or ROLE_VERA_ADMIN',
        },
        BEARER_SCHEME,
      )
      .addServer(`http://localhost:${DEFAULT_PORT}`, 'Local (npm start)');
  },
  errorMapper: veraErrorMapper,
  // The API reads JSON only, the pages forms only; anything else is a 415, after the guards.
  acceptsBody: (request, kind) => (isPageRoute(request.url) ? kind === 'form' : kind === 'json'),
  configure: async (app) => {
    await installPages(app);
    app.useGlobalPipes(
      new StorableTextPipe(),
      new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    );
  },
};
