import { Module } from '@nestjs/common';
import { PrisonerBaseLocationController } from './prisoner-base-location.controller';

@Module({ controllers: [PrisonerBaseLocationController] })
export class PrisonerBaseLocationStubModule {}
