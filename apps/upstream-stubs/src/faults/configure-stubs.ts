import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FaultRegistry } from './fault-registry.service';
import { installFaultInjection } from './fault-injection.hooks';
import { RequestRecorder } from './request-recorder.service';
import { installRequestRecording } from './request-recording.hooks';

/**
 * The stubs' own set-up on top of the platform, shared by main.ts and `startStubs()` in `@libs/testing` so
 * tests run exactly what `npm start` runs.
 */
export function configureStubs(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  // Recording first, so requests answered by a fault are still recorded.
  installRequestRecording(fastify, app.get(RequestRecorder));
  installFaultInjection(fastify, app.get(FaultRegistry));
}
