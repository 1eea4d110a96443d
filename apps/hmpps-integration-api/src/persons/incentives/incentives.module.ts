import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { IepLevelController } from './iep-level.controller';
import { IepLevelService } from './iep-level.service';

@Module({
  imports: [IdentityModule],
  controllers: [IepLevelController],
  providers: [IepLevelService],
})
export class IncentivesModule {}
