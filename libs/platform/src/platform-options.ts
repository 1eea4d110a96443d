import type { ErrorMapper } from '@libs/errors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DocumentBuilder } from '@nestjs/swagger';
import type { ServerOptions as HttpsServerOptions } from 'node:https';
import type { BodyAcceptance } from './body-parsers';
import type { EnvSchema } from './config/env-loader';
import type { PlatformEnv } from './config/platform-env';
import type { RequestValidationOptions } from './validation/request-validation.pipe';

export interface PlatformOptions {
  /** The app's name, as in `apps/<name>`; used in logs, metrics and `/info`. */
  name: string;
  defaultPort: number;
  /**
   * The app's environment schema (a class extending `PlatformEnv` or `DatabaseEnv`): validated before the
   * app is built, every problem reported at once, then injectable by its class. Default `PlatformEnv`.
   */
  env?: EnvSchema<PlatformEnv>;
  /** OpenAPI title and description. */
  title: string;
  description?: string;
  /**
   * The platform's validation of every body, query and path parameter (`RequestValidationPipe`); the
   * app's error mapper renders its `RequestValidationError`s.
   */
  validation?: RequestValidationOptions;
  /** Largest accepted request body; larger ones get 413. Default 1 MiB. */
  bodyLimitBytes?: number;
  /** Media types parsed as JSON (strict UTF-8, nesting depth limited). Default `['application/json']`. */
  jsonContentTypes?: string[];
  /** Which bodies an address reads (default: JSON and forms everywhere); others are deferred 415s. */
  acceptsBody?: BodyAcceptance;
  /**
   * The app's error envelope: the platform registers it as the app's one exception filter, and also
   * answers with it the requests that never reach a route (a control character in a header, a slow client).
   */
  errorMapper?: ErrorMapper;
  /** Serve HTTPS (e.g. to terminate mutual TLS in the app itself). */
  https?: HttpsServerOptions;
  configureSwagger?(builder: DocumentBuilder): void;
  /** App-specific set-up (error filter, hooks, plugins), run before the app initialises. */
  configure?(app: NestFastifyApplication): void | Promise<void>;
}

export interface PlatformModuleOptions {
  name: string;
  /** Variables that must be set; start-up stops naming every missing one. */
  required: string[];
}

export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');
