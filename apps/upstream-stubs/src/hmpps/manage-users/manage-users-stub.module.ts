import { Module } from '@nestjs/common';
import { ManageUsersController } from './manage-users.controller';

@Module({ controllers: [ManageUsersController] })
export class ManageUsersStubModule {}
