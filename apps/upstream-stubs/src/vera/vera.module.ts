import { Module } from '@nestjs/common';

/** Stand-in for Entra v1 token endpoint, VERA API and learner-app simulator. */
@Module({})
export class VeraStubModule {}
