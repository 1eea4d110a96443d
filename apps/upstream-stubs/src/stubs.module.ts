import { Module } from '@nestjs/common';
import { HmppsAuthStubModule } from './auth/auth.module';
import { FaultsModule } from './faults/faults.module';
import { LrsStubModule } from './lrs/lrs.module';
import { BrmStubModule } from './brm/brm.module';
import { VeraStubModule } from './vera/vera.module';
import { HmppsUpstreamsStubModule } from './hmpps/hmpps.module';

/** Every upstream stand-in, each under its own path prefix (see README). */
@Module({
  imports: [
    HmppsAuthStubModule,
    FaultsModule,
    LrsStubModule,
    BrmStubModule,
    VeraStubModule,
    HmppsUpstreamsStubModule,
  ],
})
export class StubsModule {}
