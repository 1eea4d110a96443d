import { IsIn, IsNotEmpty, IsOptional, ValidateIf } from 'class-validator';
import { EnvBoolean, EnvInteger, EnvRule, isProduction } from './env-rules';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The variables every app reads through the platform (listener, logs, shutdown). Apps' schemas extend it. */
export class PlatformEnv {
  @IsOptional()
  @IsIn(['production', 'development', 'test'], {
    message: 'NODE_ENV must be production, development or test',
  })
  NODE_ENV?: string;

  /** Unset: the app's own port. */
  @IsOptional()
  @EnvInteger({ min: 0, max: 65535 })
  PORT?: number;

  @IsOptional()
  HOST?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `AUDIT_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  AUDIT_LOG_LEVEL?: string;

  /** Unset: 5 s in production (for the load balancer to notice readiness failing), 0 otherwise. */
  @IsOptional()
  @EnvInteger({ min: 0, max: 600_000 })
  SHUTDOWN_DRAIN_DELAY_MS?: number;

  @IsOptional()
  @EnvInteger({ min: 1_000, max: 600_000 })
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /**
   * How long a client may take (http-limits.ts): Fastify switches Node's request timeout off by default,
   * so without these a client sending a byte every few seconds holds its connection for ever.
   * The whole request, head and body (408 after it).
   */
  @IsOptional()
  @EnvInteger({ min: 1, max: 3_600_000 })
  HTTP_REQUEST_TIMEOUT_MS = 30_000;

  /** The request head (408 after it); at most HTTP_REQUEST_TIMEOUT_MS. */
  @IsOptional()
  @EnvInteger({ min: 1, max: 3_600_000 })
  @EnvRule(
    'notAfterRequestTimeout',
    (value, env) => typeof value !== 'number' || value <= Number(env.HTTP_REQUEST_TIMEOUT_MS),
    () => 'HTTP_HEADERS_TIMEOUT_MS must not be more than HTTP_REQUEST_TIMEOUT_MS',
  )
  HTTP_HEADERS_TIMEOUT_MS = 10_000;

  /** A kept-alive connection with no request; above the 60 s an nginx ingress keeps idle upstream connections. */
  @IsOptional()
  @EnvInteger({ min: 1, max: 3_600_000 })
  HTTP_KEEP_ALIVE_TIMEOUT_MS = 65_000;

  /** A socket with no traffic at all; above every upstream call's bound, so a slow upstream never cuts it. */
  @IsOptional()
  @EnvInteger({ min: 1, max: 3_600_000 })
  HTTP_IDLE_TIMEOUT_MS = 120_000;
}

/** For apps with a database: the server, or (for local runs) the embedded one. */
export class DatabaseEnv extends PlatformEnv {
  /** Unset: an embedded PostgreSQL, which production refuses unless ALLOW_EMBEDDED_DATABASE=true. */
  @ValidateIf((env: DatabaseEnv) => allowsOnlyADatabaseServer(env))
  @IsNotEmpty({
    message:
      'DATABASE_URL is required in production: the embedded database is for local runs (ALLOW_EMBEDDED_DATABASE=true allows it)',
  })
  DATABASE_URL?: string;

  @IsOptional()
  EMBEDDED_DB_DIR?: string;

  @IsOptional()
  @EnvBoolean()
  ALLOW_EMBEDDED_DATABASE = false;
}

/**
 * Production fails closed: an in-memory or local-file database there would lose data silently, so it
 * needs a server unless someone has said, in so many words, that the embedded one is wanted.
 */
export function allowsOnlyADatabaseServer(
  env: Pick<DatabaseEnv, 'NODE_ENV' | 'ALLOW_EMBEDDED_DATABASE'>,
): boolean {
  return isProduction(env) && !env.ALLOW_EMBEDDED_DATABASE;
}
