import { Module } from '@nestjs/common';
import { LocationsInsidePrisonController } from './locations-inside-prison.controller';

@Module({ controllers: [LocationsInsidePrisonController] })
export class LocationsInsidePrisonStubModule {}
