import { Module } from '@nestjs/common';
import { ProbationOffenderSearchController } from './probation-offender-search.controller';

@Module({ controllers: [ProbationOffenderSearchController] })
export class ProbationOffenderSearchStubModule {}
