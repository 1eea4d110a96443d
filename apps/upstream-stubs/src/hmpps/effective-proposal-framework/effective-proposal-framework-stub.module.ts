import { Module } from '@nestjs/common';
import { EffectiveProposalFrameworkController } from './effective-proposal-framework.controller';

@Module({ controllers: [EffectiveProposalFrameworkController] })
export class EffectiveProposalFrameworkStubModule {}
