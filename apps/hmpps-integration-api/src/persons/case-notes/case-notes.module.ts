import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { CaseNotesController } from './case-notes.controller';
import { CaseNotesService } from './case-notes.service';

/** Case notes. */
@Module({ imports: [IdentityModule], controllers: [CaseNotesController], providers: [CaseNotesService] })
export class CaseNotesModule {}
