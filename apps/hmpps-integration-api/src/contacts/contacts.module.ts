import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

/** A prisoner's contacts and single contacts (spec §5.5 #40–41), from Personal Relationships. */
@Module({
  imports: [IdentityModule],
  controllers: [ContactsController],
  providers: [ContactsService],
})
export class ContactsModule {}
