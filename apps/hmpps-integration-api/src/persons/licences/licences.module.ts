import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { LicencesController } from './licences.controller';
import { LicencesService } from './licences.service';

/** Licence conditions. */
@Module({ imports: [IdentityModule], controllers: [LicencesController], providers: [LicencesService] })
export class LicencesModule {}
