import { Module } from '@nestjs/common';

/** Stand-in for HMPPS Auth. */
@Module({})
export class HmppsAuthStubModule {}
