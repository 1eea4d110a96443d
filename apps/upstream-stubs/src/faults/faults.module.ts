import { Module } from '@nestjs/common';
import { FaultRegistry } from './fault-registry.service';
import { FaultsController } from './faults.controller';
import { RequestRecorder } from './request-recorder.service';
import { RequestsController } from './requests.controller';

/**
 * Test controls for every stub: fault injection and request recording. The Fastify hooks that act on
 * the requests are installed by `configureStubs`.
 */
@Module({
  controllers: [FaultsController, RequestsController],
  providers: [FaultRegistry, RequestRecorder],
  exports: [FaultRegistry, RequestRecorder],
})
export class FaultsModule {}
