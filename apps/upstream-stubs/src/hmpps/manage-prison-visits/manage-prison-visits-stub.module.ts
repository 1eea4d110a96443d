import { Module } from '@nestjs/common';
import { ManagePrisonVisitsController } from './manage-prison-visits.controller';
import { VisitsExternalSystemController } from './visits-external-system.controller';

@Module({ controllers: [VisitsExternalSystemController, ManagePrisonVisitsController] })
export class ManagePrisonVisitsStubModule {}
