import { Inject, type LoggerService, type Provider } from '@nestjs/common';
import type { Level, Logger } from 'pino';
import { requestLogger } from './request-logging';
import { ROOT_LOGGER } from './root-logger.module';

type LogArguments = [message: string] | [fields: object, message?: string];

/**
 * A service's logger: each line carries the service's `context`, and, written while a request is being
 * served, that request's fields (id, method, route, trace) through the request's own child of the root.
 * One instance per context, made once at start (`@InjectLogger`), not per request.
 */
export class AppLogger {
  constructor(
    readonly root: Logger,
    private readonly context: string,
  ) {}

  trace(...args: LogArguments): void {
    this.write('trace', args);
  }
  debug(...args: LogArguments): void {
    this.write('debug', args);
  }
  info(...args: LogArguments): void {
    this.write('info', args);
  }
  warn(...args: LogArguments): void {
    this.write('warn', args);
  }
  error(...args: LogArguments): void {
    this.write('error', args);
  }
  fatal(...args: LogArguments): void {
    this.write('fatal', args);
  }

  private write(level: Level, args: LogArguments): void {
    // Checked on the root first: nothing is built for a line the level drops.
    if (!this.root.isLevelEnabled(level)) return;
    const target = requestLogger(this.root) ?? this.root;
    const [first, message] = args;
    if (typeof first === 'string') target[level]({ context: this.context }, first);
    else target[level]({ context: this.context, ...first }, message);
  }
}

const contexts = new Set<string>();
const tokenOf = (context: string) => `AppLogger:${context}`;

/** Injects the `AppLogger` of `context` (usually the class name). */
export function InjectLogger(context: string): ParameterDecorator & PropertyDecorator {
  // Collected while the app's classes are defined, before PlatformModule.forRoot makes the providers.
  contexts.add(context);
  return Inject(tokenOf(context));
}

/** One provider per context any `@InjectLogger` named so far. */
export function appLoggerProviders(): Provider[] {
  return [...contexts].map((context) => ({
    provide: tokenOf(context),
    inject: [ROOT_LOGGER],
    useFactory: (root: Logger) => new AppLogger(root, context),
  }));
}

/** Nest's own logging (start-up, the exception filter's lines) as JSON lines of the app's root logger. */
export class PlatformLogger implements LoggerService {
  private readonly loggers = new Map<string, AppLogger>();

  constructor(private readonly root: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /**
   * Nest passes the context last; before it, an object message may have its text (`logger.error(fields,
   * 'text')`), and an error its stack, which is dropped, never logged.
   */
  private write(level: Level, message: unknown, rest: unknown[]): void {
    const params = [...rest];
    const context = typeof params[params.length - 1] === 'string' ? String(params.pop()) : 'Nest';
    let logger = this.loggers.get(context);
    if (!logger) this.loggers.set(context, (logger = new AppLogger(this.root, context)));
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      const text = typeof params[0] === 'string' ? params[0] : undefined;
      logger[level](message, text);
    } else {
      logger[level](message instanceof Error ? message.message : String(message));
    }
  }
}
