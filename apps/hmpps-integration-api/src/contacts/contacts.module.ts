import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { ContactSearchController } from './contact-search.controller';
import { ContactSearchService } from './contact-search.service';
import { ContactsController } from './contacts.controller';
import { EmergencyContactsController } from './emergency-contacts.controller';
import { LinkedPrisonersController } from './linked-prisoners.controller';
import { ContactsService } from './contacts.service';

/** A prisoner's contacts and single contacts, from Personal Relationships. */
@Module({
  imports: [IdentityModule],
  controllers: [
    ContactsController,
    ContactSearchController,
    EmergencyContactsController,
    LinkedPrisonersController,
  ],
  providers: [ContactsService, ContactSearchService],
})
export class ContactsModule {}
