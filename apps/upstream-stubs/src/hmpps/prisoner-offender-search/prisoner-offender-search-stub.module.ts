import { Module } from '@nestjs/common';
import { PrisonerOffenderSearchController } from './prisoner-offender-search.controller';

@Module({ controllers: [PrisonerOffenderSearchController] })
export class PrisonerOffenderSearchStubModule {}
