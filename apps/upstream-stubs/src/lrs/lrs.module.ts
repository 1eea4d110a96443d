import { Module } from '@nestjs/common';

/** Stand-in for DfE Learning Records Service (SOAP). */
@Module({})
export class LrsStubModule {}
