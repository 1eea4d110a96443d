import { Module } from '@nestjs/common';
import { HmppsMessagesModule } from '../hmpps-messages/hmpps-messages.module';
import { IdentityModule } from '../identity/identity.module';
import { VisitWritesController } from './visit-writes.controller';
import { VisitWritesService } from './visit-writes.service';

/** HEAD's visit writes (the `visits` queue) and visit references by client reference. */
@Module({
  imports: [IdentityModule, HmppsMessagesModule],
  controllers: [VisitWritesController],
  providers: [VisitWritesService],
})
export class VisitWritesModule {}
