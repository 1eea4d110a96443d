import { Module } from '@nestjs/common';
import { AssessRisksAndNeedsController } from './assess-risks-and-needs.controller';

@Module({ controllers: [AssessRisksAndNeedsController] })
export class AssessRisksAndNeedsStubModule {}
