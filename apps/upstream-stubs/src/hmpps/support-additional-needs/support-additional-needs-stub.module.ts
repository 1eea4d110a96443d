import { Module } from '@nestjs/common';
import { SupportAdditionalNeedsController } from './support-additional-needs.controller';

@Module({ controllers: [SupportAdditionalNeedsController] })
export class SupportAdditionalNeedsStubModule {}
