import { Module } from '@nestjs/common';
import { CourtController } from './court.controller';
import { ReferenceDataController } from './reference-data.controller';
import { ReferenceDataService } from './reference-data.service';

@Module({
  controllers: [ReferenceDataController, CourtController],
  providers: [ReferenceDataService],
})
export class ReferenceDataModule {}
