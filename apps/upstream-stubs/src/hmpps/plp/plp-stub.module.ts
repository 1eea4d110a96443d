import { Module } from '@nestjs/common';
import { PlpEducationController } from './plp-education.controller';
import { PlpController } from './plp.controller';

@Module({ controllers: [PlpController, PlpEducationController] })
export class PlpStubModule {}
