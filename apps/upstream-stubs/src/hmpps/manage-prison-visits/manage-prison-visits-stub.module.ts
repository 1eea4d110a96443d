import { Module } from '@nestjs/common';
import { ManagePrisonVisitsController } from './manage-prison-visits.controller';

@Module({ controllers: [ManagePrisonVisitsController] })
export class ManagePrisonVisitsStubModule {}
