import { Module } from '@nestjs/common';
import { RemandAndSentencingController } from './remand-and-sentencing.controller';

@Module({ controllers: [RemandAndSentencingController] })
export class RemandAndSentencingStubModule {}
