import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { LicencesController } from './licences.controller';
import { LicencesService } from './licences.service';

/** Licence conditions (spec §5.4 #34). */
@Module({ imports: [IdentityModule], controllers: [LicencesController], providers: [LicencesService] })
export class LicencesModule {}
