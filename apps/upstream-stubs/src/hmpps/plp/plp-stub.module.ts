import { Module } from '@nestjs/common';
import { PlpController } from './plp.controller';

@Module({ controllers: [PlpController] })
export class PlpStubModule {}
