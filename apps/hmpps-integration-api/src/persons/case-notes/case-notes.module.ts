import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { CaseNotesController } from './case-notes.controller';
import { CaseNotesService } from './case-notes.service';

/** Case notes (spec §5.3 #24). */
@Module({ imports: [IdentityModule], controllers: [CaseNotesController], providers: [CaseNotesService] })
export class CaseNotesModule {}
