import { Module } from '@nestjs/common';
import { IncentivesController } from './incentives.controller';

@Module({ controllers: [IncentivesController] })
export class IncentivesStubModule {}
