import { Module } from '@nestjs/common';

/** Stand-in for GRO, NRS (DES) and GRO-NI. */
@Module({})
export class BrmStubModule {}
