import { Module } from '@nestjs/common';
import { NonAssociationsController } from './non-associations.controller';

@Module({ controllers: [NonAssociationsController] })
export class NonAssociationsStubModule {}
