import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { PrisonerBaseLocationController } from './prisoner-base-location.controller';
import { PrisonerBaseLocationService } from './prisoner-base-location.service';

@Module({
  imports: [IdentityModule],
  controllers: [PrisonerBaseLocationController],
  providers: [PrisonerBaseLocationService],
})
export class PrisonerBaseLocationModule {}
