import { Module } from '@nestjs/common';
import { HmppsMessageWriter } from '../../hmpps-messages/hmpps-message-writer';
import { LocationController } from './location.controller';
import { LocationsService } from './locations.service';
import { ResidentialAreasController } from './residential-areas.controller';

/** HEAD's prison estate: residential areas, capacity and locations (Locations Inside Prison, `locations` queue). */
@Module({
  controllers: [ResidentialAreasController, LocationController],
  providers: [LocationsService, HmppsMessageWriter],
})
export class LocationsModule {}
