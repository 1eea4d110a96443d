import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { AdjudicationsController } from './adjudications.controller';
import { AdjudicationsService } from './adjudications.service';

/** Reported adjudications. */
@Module({
  imports: [IdentityModule],
  controllers: [AdjudicationsController],
  providers: [AdjudicationsService],
})
export class AdjudicationsModule {}
