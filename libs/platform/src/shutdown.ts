import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { isProduction } from './config/env-rules';
import { PlatformEnv } from './config/platform-env';
import { HealthRegistry } from './health-registry';
import { stopTracing } from './tracing/otel';

export interface ShutdownOptions {
  /** Time between failing readiness and closing the listener, for the load balancer to notice. */
  drainDelayMs: number;
  /** Hard limit for the whole shutdown; the process exits even if something hangs. */
  timeoutMs: number;
  exit: boolean;
}

export function shutdownOptionsFrom(env: PlatformEnv): ShutdownOptions {
  return {
    drainDelayMs: env.SHUTDOWN_DRAIN_DELAY_MS ?? (isProduction(env) ? 5000 : 0),
    timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    exit: true,
  };
}

/**
 * Kubernetes-friendly shutdown: readiness fails first, then the HTTP listener stops accepting and
 * waits for in-flight requests, and only then do pools and queues close (Nest's own close() would
 * run the destroy hooks before the HTTP server stops).
 */
export async function shutdownGracefully(app: INestApplication, options: ShutdownOptions): Promise<void> {
  const logger = new Logger('Shutdown');
  app.get(HealthRegistry).startDraining();
  logger.log(`draining for ${options.drainDelayMs} ms`);
  if (options.drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, options.drainDelayMs));
  // Keep-alive sockets that finish their last request after close() began would hold the server
  // open until their idle timeout: close them as soon as they are idle.
  const server = app.getHttpServer() as import('node:http').Server;
  const idleSweep = setInterval(() => server.closeIdleConnections?.(), 50);
  try {
    await app.getHttpAdapter().close();
  } finally {
    clearInterval(idleSweep);
  }
  await app.close();
  await stopTracing();
  logger.log('stopped');
}

export function installShutdownHandlers(
  app: INestApplication,
  options = shutdownOptionsFrom(app.get(PlatformEnv)),
): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const guard = setTimeout(() => {
      new Logger('Shutdown').error(`shutdown took longer than ${options.timeoutMs} ms; exiting`);
      if (options.exit) process.exit(1);
    }, options.timeoutMs);
    guard.unref();
    shutdownGracefully(app, options)
      .then(() => options.exit && process.exit(0))
      .catch((error: Error) => {
        new Logger('Shutdown').error(`shutdown after ${signal} failed: ${error.message}`);
        if (options.exit) process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

/**
 * Waits for a shutdown stage's work, at most `ms`: true when it settled in time. A stage that overruns is
 * left behind (the app's own shutdown bound then ends the process), so one stuck stage cannot use up the
 * whole shutdown budget of the stages after it; the caller names the stage in its warning.
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
