import { Module } from '@nestjs/common';
import { ConsumerAuthorisationService } from './consumer-authorisation.service';

@Module({
  providers: [ConsumerAuthorisationService],
  exports: [ConsumerAuthorisationService],
})
export class ConsumersModule {}
