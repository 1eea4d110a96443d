import { Module } from '@nestjs/common';
import { PersonIdentityService } from './person-identity.service';

@Module({
  providers: [PersonIdentityService],
  exports: [PersonIdentityService],
})
export class IdentityModule {}
