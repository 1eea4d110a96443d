import { ValidationPipe } from '@nestjs/common';
import { PlatformOptions } from '@libs/platform';
import { ROLE_VERA_ADMIN, ROLE_VERA_MIS } from './common/roles';
import { StorableTextPipe } from './common/storable-text.pipe';
import { veraErrorMapper } from './errors/vera-error-mapper';

export const APP_NAME = 'vera-integration';
export const DEFAULT_PORT = 8090;

/** Shared by main.ts and the e2e tests, so tests run the app exactly as it is deployed. */
export const VERA_PLATFORM_OPTIONS: PlatformOptions = {
  name: APP_NAME,
  defaultPort: DEFAULT_PORT,
  title: 'VERA integration',
  description:
    'DfE View Education Record (VERA) for MIS vendors serving many providers: Patterns A (QR code), B (ULN) and C ' +
    '(mobile notification) per provider (UKPRN), each with its own DfE credentials, plus a provider registry. ' +
    'Errors use the envelope { status, errorCode, userMessage, developerMessage, moreInfo }.',
  configureSwagger: (builder) => {
    builder
      .addBearerAuth(
        { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'MIS calls' },
        ROLE_VERA_MIS,
      )
      .addBearerAuth(
        { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Provider registry' },
        ROLE_VERA_ADMIN,
      )
      .addServer(`http://localhost:${DEFAULT_PORT}`, 'Local');
  },
  errorMapper: veraErrorMapper,
  configure: (app) => {
    app.useGlobalPipes(
      new StorableTextPipe(),
      new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    );
  },
};
