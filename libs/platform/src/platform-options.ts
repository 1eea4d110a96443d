import type { ErrorMapper } from '@libs/errors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DocumentBuilder } from '@nestjs/swagger';
import type { ServerOptions as HttpsServerOptions } from 'node:https';

export interface PlatformOptions {
  /** The app's name, as in `apps/<name>`; used in logs, metrics and `/info`. */
  name: string;
  defaultPort: number;
  /** OpenAPI title and description. */
  title: string;
  description?: string;
  /** Largest accepted request body; larger ones get 413. Default 1 MiB. */
  bodyLimitBytes?: number;
  /** Media types parsed as JSON (strict UTF-8, nesting depth limited). Default `['application/json']`. */
  jsonContentTypes?: string[];
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
