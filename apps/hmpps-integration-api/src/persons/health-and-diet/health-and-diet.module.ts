import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { HealthAndDietController } from './health-and-diet.controller';
import { HealthAndDietService } from './health-and-diet.service';

@Module({
  imports: [IdentityModule],
  controllers: [HealthAndDietController],
  providers: [HealthAndDietService],
})
export class HealthAndDietModule {}
