import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { AddressesController } from './addresses/addresses.controller';
import { AddressesService } from './addresses/addresses.service';
import { CellLocationController } from './cell-location/cell-location.controller';
import { CellLocationService } from './cell-location/cell-location.service';
import { PersonDetailsController } from './details/person-details.controller';
import { PersonDetailsService } from './details/person-details.service';
import { PersonImageController } from './images/person-image.controller';
import { PersonImageService } from './images/person-image.service';
import { PersonImagesController } from './images/person-images.controller';
import { PersonImagesService } from './images/person-images.service';
import { PersonNameController } from './name/person-name.controller';
import { PersonNameService } from './name/person-name.service';
import { ProtectedCharacteristicsController } from './protected-characteristics/protected-characteristics.controller';
import { ProtectedCharacteristicsService } from './protected-characteristics/protected-characteristics.service';
import { PersonSearchController } from './search/person-search.controller';
import { PersonSearchService } from './search/person-search.service';

/** `/v1/persons…`: one sub-folder per operation (controller and service side by side). */
@Module({
  imports: [IdentityModule],
  controllers: [
    PersonSearchController,
    PersonDetailsController,
    PersonNameController,
    CellLocationController,
    PersonImagesController,
    PersonImageController,
    AddressesController,
    ProtectedCharacteristicsController,
  ],
  providers: [
    PersonSearchService,
    PersonDetailsService,
    PersonNameService,
    CellLocationService,
    PersonImagesService,
    PersonImageService,
    AddressesService,
    ProtectedCharacteristicsService,
  ],
})
export class PersonsModule {}
