import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { HmppsIdController } from './hmpps-id.controller';
import { HmppsIdService } from './hmpps-id.service';

@Module({
  imports: [IdentityModule],
  controllers: [HmppsIdController],
  providers: [HmppsIdService],
})
export class HmppsIdModule {}
