import { Module } from '@nestjs/common';
import { PersonalRelationshipsController } from './personal-relationships.controller';

@Module({ controllers: [PersonalRelationshipsController] })
export class PersonalRelationshipsStubModule {}
