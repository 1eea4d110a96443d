import { FastifyInstance, FastifyRequest } from 'fastify';
import { isAdminPath, pathOf } from './admin-path';
import { RecordedRequest, RequestRecorder } from './request-recorder.service';

/**
 * Records every stub request as it arrives (so requests answered by an injected fault are recorded too),
 * then adds the parsed body once Fastify has read it.
 */
export function installRequestRecording(fastify: FastifyInstance, recorder: RequestRecorder): void {
  const entries = new WeakMap<FastifyRequest, RecordedRequest>();
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (!isAdminPath(pathOf(request.url))) {
      entries.set(request, recorder.record(request));
    }
    done();
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    const entry = entries.get(request);
    if (entry) {
      recorder.attachBody(entry, request.body);
    }
    done();
  });
}
