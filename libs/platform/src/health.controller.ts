import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HealthDetail, HealthRegistry } from './health-registry';
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
  constructor(private readonly registry: HealthRegistry) {}

  /** Spring-style aggregate: every registered component, checked in parallel. */
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const entries = this.registry.entries();
    const results = await Promise.all(
      entries.map(async ([name, check]) => [name, await bounded(check)] as const),
    );
    const components = Object.fromEntries(results);
    const up = results.every(([, result]) => result.status === 'UP');
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

  @Get('readiness')
  async readiness(@Res({ passthrough: true }) reply: FastifyReply) {
    if (this.registry.isDraining) {
      reply.status(503);
      return { status: 'OUT_OF_SERVICE' };
    }
    const required = this.registry.readinessEntries();
    if (required.length === 0) return { status: 'UP' };
    const results = await Promise.all(
      required.map(async ([name, check]) => [name, await bounded(check)] as const),
    );
    const up = results.every(([, result]) => result.status === 'UP');
    reply.status(up ? 200 : 503);
    return { status: up ? 'UP' : 'DOWN', components: Object.fromEntries(results) };
  }
}
