import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { IEntryNestModule } from '@nestjs/core/nest-factory';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoRootLogger } from 'pino';
import { EnvelopeExceptionFilter } from '@libs/errors';
import { registerBodyParsers } from './body-parsers';
import { clientErrorHandler, rememberRequestsInProgress } from './client-errors';
import { httpTimeouts, TIMEOUT_CHECK_INTERVAL_MS } from './http-limits';
import { MetricsService } from './metrics.service';
import { logRequests } from './request-logging';
import { ROOT_LOGGER } from './root-logger.module';
import { PlatformOptions } from './platform-options';
import { refuseAmbiguousTargets } from './request-target';
import { installShutdownHandlers } from './shutdown';

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Builds the app with every platform concern in place, without listening. */
export async function createApp(
  appModule: IEntryNestModule,
  options: PlatformOptions,
): Promise<NestFastifyApplication> {
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const timeouts = httpTimeouts();
  // Given to Node's createServer: the head's own bound, and how often Node checks the request bounds.
  const serverOptions = {
    headersTimeout: timeouts.headersTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  };
  const adapter = new FastifyAdapter({
    bodyLimit,
    https: options.https ? { ...options.https, ...serverOptions } : null,
    http: options.https ? undefined : serverOptions,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    connectionTimeout: timeouts.idleTimeoutMs,
    // Requests Node refuses before routing (control characters, oversized heads, slow clients) are
    // answered by the app's mapper too.
    ...(options.errorMapper ? { clientErrorHandler: clientErrorHandler(options.errorMapper) } : {}),
    // Fastify answers 503 to requests that arrive on kept-alive sockets while it is closing.
    return503OnClosing: true,
    // A caller's request id is kept (if it looks like one) so that logs correlate across services.
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // Errors Fastify raises before routing (a malformed percent-encoding in the URL, an over-long path
    // parameter) would otherwise get Fastify's default JSON body: hand them to the error handler Nest
    // installs (looked up when the error happens), so the app's exception filter answers in its envelope.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      request.server.errorHandler(error, request, reply),
  } as ConstructorParameters<typeof FastifyAdapter>[0]);
  const fastify = adapter.getInstance() as FastifyInstance;
  echoRequestId(fastify);
  if (options.errorMapper) rememberRequestsInProgress(fastify);
  const app = await NestFactory.create<NestFastifyApplication>(appModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  if (options.errorMapper) app.useGlobalFilters(new EnvelopeExceptionFilter(options.errorMapper));
  registerBodyParsers(app, { bodyLimit, jsonContentTypes: options.jsonContentTypes ?? ['application/json'] });
  logRequests(fastify, app.get<PinoRootLogger>(ROOT_LOGGER));
  recordRequestMetrics(app);
  setUpOpenApi(app, options);
  await options.configure?.(app);
  refuseAmbiguousTargets(fastify);
  return app;
}

/** Used by every app's main.ts. */
export async function bootstrap(
  appModule: IEntryNestModule,
  options: PlatformOptions,
): Promise<NestFastifyApplication> {
  const app = await createApp(appModule, options).catch((error: Error) => {
    // One clear line for the operator (e.g. every missing variable), not a framework stack trace.
    console.error(`${options.name} failed to start: ${error.message}`);
    process.exit(1);
  });
  installShutdownHandlers(app);
  const port = Number(process.env.PORT ?? options.defaultPort);
  const host = process.env.HOST ?? '0.0.0.0';
  await app.listen(port, host);
  const scheme = options.https ? 'https' : 'http';
  new NestLogger('Bootstrap').log(`${options.name} listening on ${scheme}://${host}:${port}`);
  return app;
}

function echoRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    reply.header('x-request-id', request.id);
    done();
  });
}

function recordRequestMetrics(app: NestFastifyApplication): void {
  const histogram = app.get(MetricsService).httpRequests;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      histogram.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
      done();
    });
}

function setUpOpenApi(app: NestFastifyApplication, options: PlatformOptions): void {
  const builder = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description ?? options.title)
    .setVersion(process.env.BUILD_VERSION ?? '1.0');
  options.configureSwagger?.(builder);
  const document = () => SwaggerModule.createDocument(app, builder.build());
  // The paths the original services' users know.
  SwaggerModule.setup('swagger-ui', app, document, {
    jsonDocumentUrl: 'v3/api-docs',
    yamlDocumentUrl: 'v3/api-docs.yaml',
  });
}
