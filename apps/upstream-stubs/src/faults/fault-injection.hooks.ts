import { FastifyInstance, FastifyRequest } from 'fastify';
import { setTimeout as delay } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { isAdminPath, pathOf } from './admin-path';
import { Fault } from './fault';
import { FaultRegistry } from './fault-registry.service';
import { malformBody } from './malformed-body';

function injectedContentType(fault: Fault, body: string): string {
  if (fault.contentType) {
    return fault.contentType;
  }
  try {
    JSON.parse(body);
    return 'application/json';
  } catch {
    return 'text/plain; charset=utf-8';
  }
}

async function payloadText(payload: unknown): Promise<string> {
  if (payload instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of payload) {
      chunks.push(Buffer.from(chunk as Buffer));
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  return payload === null || payload === undefined ? '' : String(payload);
}

/**
 * Injected latency that ends early when the caller hangs up or the stubs shut down, so a test that sets a
 * long delay to provoke a client timeout never holds up closing the stubs.
 */
class InjectedDelays {
  private readonly pending = new Set<AbortController>();

  /** Resolves true after `ms`, or false when cut short. */
  async wait(request: FastifyRequest, ms: number): Promise<boolean> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    const socket = request.raw.socket;
    socket.once('close', abort);
    this.pending.add(controller);
    try {
      await delay(ms, undefined, { signal: controller.signal });
      return true;
    } catch {
      return false;
    } finally {
      socket.off('close', abort);
      this.pending.delete(controller);
    }
  }

  cancelAll(): void {
    this.pending.forEach((controller) => controller.abort());
  }
}

/**
 * Applies injected faults to every stub route. Latency, status and reset act before routing (onRequest),
 * so the stub handler never runs; a malformed body needs the real response, so it is cut in onSend.
 */
export function installFaultInjection(fastify: FastifyInstance, registry: FaultRegistry): void {
  const toMalform = new WeakSet<FastifyRequest>();
  const delays = new InjectedDelays();
  fastify.addHook('preClose', (done) => {
    delays.cancelAll();
    done();
  });

  fastify.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request.url);
    const fault = isAdminPath(path) ? undefined : registry.take(path);
    if (!fault) {
      return;
    }
    const waited = fault.latencyMs ? await delays.wait(request, fault.latencyMs) : true;
    // A delay cut short means the caller or the server is gone: there is no one left to answer.
    if (fault.reset || !waited) {
      reply.hijack();
      request.raw.socket.destroy();
      return reply;
    }
    if (fault.status !== undefined) {
      const body = fault.body ?? '';
      if (body !== '') {
        void reply.type(injectedContentType(fault, body));
      }
      return reply.code(fault.status).send(body);
    }
    if (fault.malformed) {
      toMalform.add(request);
    }
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!toMalform.has(request)) {
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    reply.removeHeader('content-length');
    return malformBody(await payloadText(payload), typeof contentType === 'string' ? contentType : undefined);
  });
}
