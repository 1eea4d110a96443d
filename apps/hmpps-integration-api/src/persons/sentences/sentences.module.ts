import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { LatestKeyDatesService } from './latest-key-dates.service';
import { SentencesController } from './sentences.controller';
import { SentencesService } from './sentences.service';

/** Sentences and latest key dates. */
@Module({
  imports: [IdentityModule],
  controllers: [SentencesController],
  providers: [SentencesService, LatestKeyDatesService],
})
export class SentencesModule {}
