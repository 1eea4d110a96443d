import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { PrisonerProfileController } from './prisoner-profile.controller';
import { PrisonerProfileService } from './prisoner-profile.service';

/** Care needs, languages, physical characteristics and number of children (the reference's reception operations). */
@Module({
  imports: [IdentityModule],
  controllers: [PrisonerProfileController],
  providers: [PrisonerProfileService],
})
export class PrisonerProfileModule {}
