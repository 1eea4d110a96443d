import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DynamicModule, Type } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger as PinoRootLogger } from 'pino';
import { MetricsServer, metricsPort } from './metrics-server';
import { EnvelopeExceptionFilter } from '@libs/errors';
import { refuseBodiesAfterGuards, registerBodyParsers } from './body-parsers';
import { clientErrorHandler, rememberRequestsInProgress } from './client-errors';
import { httpTimeouts, TIMEOUT_CHECK_INTERVAL_MS } from './http-limits';
import { PlatformLogger } from './app-logger';
import { MetricsService } from './metrics.service';
import { logRequests } from './request-logging';
import { ROOT_LOGGER } from './root-logger.module';
import { PlatformOptions } from './platform-options';
import { refuseAmbiguousTargets } from './request-target';
import { installShutdownHandlers } from './shutdown';
import { ConfigProblems, loadEnv } from './config/env-loader';
import { EnvModule } from './config/env.module';
import { PlatformEnv } from './config/platform-env';
import { RequestValidationPipe } from './validation/request-validation.pipe';
import { avoidWasmWrapperTierUp } from './wasm-wrapper-tier-up';

// Only the assets' folder: the package's index also loads the 1.4 MB browser bundle into the server,
// 35 MB of resident memory per app that no request uses (measured). swagger-ui-dist ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const swaggerUiAssets = require('swagger-ui-dist/absolute-path.js') as () => string;

const DEFAULT_BODY_LIMIT = 1024 * 1024;
const SWAGGER_UI = 'swagger-ui';

/** An app's root module, as main.ts and tests pass it. */
export type AppModuleRef = Type<unknown> | DynamicModule;

/** Builds the app with every platform concern in place, without listening. */
export async function createApp(
  appModule: AppModuleRef,
  options: PlatformOptions,
): Promise<NestFastifyApplication> {
  // Before any upstream client or embedded database instantiates its WebAssembly.
  avoidWasmWrapperTierUp();
  // Before Nest starts: a bad environment is one report, not a framework error with a stack trace.
  const env = loadEnv(options.name, options.env ?? PlatformEnv);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const timeouts = httpTimeouts(env);
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
  const root = { module: PlatformRootModule, imports: [EnvModule.of(env), appModule] };
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(new PlatformLogger(app.get<PinoRootLogger>(ROOT_LOGGER)));
  if (options.errorMapper) app.useGlobalFilters(new EnvelopeExceptionFilter(options.errorMapper));
  registerBodyParsers(app, {
    bodyLimit,
    jsonContentTypes: options.jsonContentTypes ?? ['application/json'],
    accepts: options.acceptsBody,
  });
  // After the guards and before the handler's own interceptors: a refused body stops the request there.
  refuseBodiesAfterGuards(app);
  logRequests(fastify, app.get<PinoRootLogger>(ROOT_LOGGER));
  recordRequestMetrics(app);
  if (options.validation) app.useGlobalPipes(new RequestValidationPipe(options.validation));
  setUpOpenApi(app, options);
  await options.configure?.(app);
  refuseAmbiguousTargets(fastify);
  return app;
}

/** Used by every app's main.ts. */
export async function bootstrap(
  appModule: AppModuleRef,
  options: PlatformOptions,
): Promise<NestFastifyApplication> {
  const failToStart = (error: Error): never => {
    reportStartFailure(options.name, error);
    process.exit(1);
  };
  const app = await createApp(appModule, options).catch(failToStart);
  installShutdownHandlers(app);
  const env = app.get(PlatformEnv);
  const port = env.PORT ?? options.defaultPort;
  const host = env.HOST ?? '0.0.0.0';
  await app.listen(port, host);
  const metricsUrl = await Promise.resolve()
    .then(() => app.get(MetricsServer).listen(metricsPort(port), host))
    .catch(failToStart);
  const scheme = options.https ? 'https' : 'http';
  new NestLogger('Bootstrap').log(
    `${options.name} listening on ${scheme}://${host}:${port} (metrics on ${metricsUrl}/metrics)`,
  );
  return app;
}

/** The root of every app: its validated environment, then the app's own module. */
class PlatformRootModule {}

/** One JSON line for the operator naming every problem (e.g. each bad variable), never a stack trace. */
function reportStartFailure(appName: string, error: Error): void {
  const problems = error instanceof ConfigProblems ? error.problems : [error.message];
  process.stderr.write(
    `${JSON.stringify({ level: 'fatal', time: Date.now(), name: appName, msg: `${appName} cannot start`, problems })}\n`,
  );
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
    .setVersion(process.env.BUILD_VERSION ?? '1.0')
    // First, so Swagger UI's "Try it out" calls the instance serving the page, wherever it runs.
    .addServer('/', 'This instance');
  options.configureSwagger?.(builder);
  const document = () => SwaggerModule.createDocument(app, builder.build());
  // The paths the original services' users know.
  SwaggerModule.setup(SWAGGER_UI, app, document, {
    jsonDocumentUrl: 'v3/api-docs',
    yamlDocumentUrl: 'v3/api-docs.yaml',
  });
  // Nest's page links its assets relative to `/swagger-ui` (`./swagger-ui/x.css`), so from
  // `/swagger-ui/index.html`, the address users know, they resolve under `/swagger-ui/swagger-ui/`.
  // Nest mounts the assets there itself only when the UI path has more than one segment.
  app.useStaticAssets({
    root: swaggerUiAssets(),
    prefix: `/${SWAGGER_UI}/${SWAGGER_UI}/`,
    decorateReply: false,
  });
  // The references' (springdoc) short address.
  app
    .getHttpAdapter()
    .getInstance()
    .get('/swagger-ui.html', (_request: FastifyRequest, reply: FastifyReply) =>
      reply.redirect(`/${SWAGGER_UI}/index.html`, 302),
    );
}
