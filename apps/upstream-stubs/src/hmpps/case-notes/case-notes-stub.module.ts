import { Module } from '@nestjs/common';
import { CaseNotesController } from './case-notes.controller';

@Module({ controllers: [CaseNotesController] })
export class CaseNotesStubModule {}
