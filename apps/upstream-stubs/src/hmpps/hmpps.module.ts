import { Module } from '@nestjs/common';

/** Stand-in for the HMPPS prison and probation APIs. */
@Module({})
export class HmppsUpstreamsStubModule {}
