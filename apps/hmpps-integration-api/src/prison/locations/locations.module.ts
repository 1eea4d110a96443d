import { Module } from '@nestjs/common';
import { HmppsMessagesModule } from '../../hmpps-messages/hmpps-messages.module';
import { LocationController } from './location.controller';
import { LocationsService } from './locations.service';
import { ResidentialAreasController } from './residential-areas.controller';

/** HEAD's prison estate: residential areas, capacity and locations (Locations Inside Prison, `locations` queue). */
@Module({
  imports: [HmppsMessagesModule],
  controllers: [ResidentialAreasController, LocationController],
  providers: [LocationsService],
})
export class LocationsModule {}
