import { Controller, Get, HttpCode, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HealthCheck, HealthDetail, HealthRegistry } from './health-registry';
import { Public } from './public.decorator';

const CHECK_TIMEOUT_MS = Number(process.env.HEALTH_CHECK_TIMEOUT_MS ?? 3000);

async function bounded(check: () => Promise<HealthDetail>): Promise<HealthDetail> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<HealthDetail>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'DOWN', details: { error: 'health check timed out' } }),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([
      check().catch((error: Error) => ({ status: 'DOWN' as const, details: { error: error.message } })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

@Public()
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly terminus: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  /** Spring-style aggregate: every registered component, checked in parallel by terminus, each time-bounded. */
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const { up, components } = await this.check(this.registry.entries());
    reply.status(up ? 200 : 503);
    return { status: up ? 'UP' : 'DOWN', components };
  }

  @Get('ping')
  @HttpCode(200)
  ping() {
    return { status: 'UP' };
  }

  @Get('liveness')
  liveness() {
    return { status: 'UP' };
  }

  /** Out of service while draining; down while a component the app cannot serve without is down. */
  @Get('readiness')
  async readiness(@Res({ passthrough: true }) reply: FastifyReply) {
    if (this.registry.isDraining) {
      reply.status(503);
      return { status: 'OUT_OF_SERVICE' };
    }
    const required = this.registry.readinessEntries();
    if (required.length === 0) return { status: 'UP' };
    const { up, components } = await this.check(required);
    reply.status(up ? 200 : 503);
    return { status: up ? 'UP' : 'DOWN', components };
  }

  private async check(entries: [string, HealthCheck][]) {
    const checks = entries.map(([name, check]) => async () => {
      const { status, details } = await bounded(check);
      const session = this.indicators.check(name);
      return status === 'UP' ? session.up(details) : session.down(details);
    });
    const result = await this.terminus.check(checks).catch((error: unknown) => {
      // terminus reports a failed check by throwing its whole result.
      if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
      throw error;
    });
    const components = Object.fromEntries(
      Object.entries(result.details).map(([name, { status, ...details }]) => [
        name,
        { status: status === 'up' ? 'UP' : 'DOWN', ...(Object.keys(details).length > 0 ? { details } : {}) },
      ]),
    );
    return { up: result.status === 'ok', components };
  }
}
