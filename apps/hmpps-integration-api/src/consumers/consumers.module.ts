import { Module } from '@nestjs/common';
import { OnBehalfOfService } from '../on-behalf-of/on-behalf-of.service';
import { ManageUsersGateway } from '../upstream/manage-users/manage-users.gateway';
import { ConsumerAuthorisationService } from './consumer-authorisation.service';

@Module({
  providers: [ConsumerAuthorisationService, OnBehalfOfService, ManageUsersGateway],
  exports: [ConsumerAuthorisationService],
})
export class ConsumersModule {}
