import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { OffencesController } from './offences.controller';
import { OffencesService } from './offences.service';

/** Offences. */
@Module({ imports: [IdentityModule], controllers: [OffencesController], providers: [OffencesService] })
export class OffencesModule {}
