import { Module } from '@nestjs/common';
import { ManageAdjudicationsController } from './manage-adjudications.controller';

@Module({ controllers: [ManageAdjudicationsController] })
export class ManageAdjudicationsStubModule {}
