import { Module } from '@nestjs/common';
import { ManagePomCaseController } from './manage-pom-case.controller';

@Module({ controllers: [ManagePomCaseController] })
export class ManagePomCaseStubModule {}
