import { Module } from '@nestjs/common';
import { DomainEventsAdminController } from './domain-events-admin.controller';
import { DomainEventsPublisher } from './domain-events-publisher.service';

/** A publisher of HMPPS domain events to the emulator's domain events topic (admin API only). */
@Module({ controllers: [DomainEventsAdminController], providers: [DomainEventsPublisher] })
export class DomainEventsStubModule {}
