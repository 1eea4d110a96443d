import { Module } from '@nestjs/common';
import { CourtRegisterController } from './court-register.controller';

@Module({ controllers: [CourtRegisterController] })
export class CourtRegisterStubModule {}
