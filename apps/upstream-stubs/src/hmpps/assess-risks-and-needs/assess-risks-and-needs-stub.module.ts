import { Module } from '@nestjs/common';
import { AssessRisksAndNeedsController } from './assess-risks-and-needs.controller';
import { AssessmentSummariesController } from './assessment-summaries.controller';

@Module({ controllers: [AssessRisksAndNeedsController, AssessmentSummariesController] })
export class AssessRisksAndNeedsStubModule {}
