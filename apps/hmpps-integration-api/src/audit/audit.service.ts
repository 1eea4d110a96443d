import { Injectable } from '@nestjs/common';
import { AuditPublisher } from '@libs/queue';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';

/**
 * The audit trail of spec §6.3: one event per successful operation, `who` being the consumer and
 * `details` the JSON-encoded map of what was asked for, sent to the `audit` queue.
 */
@Injectable()
export class AuditService {
  constructor(private readonly publisher: AuditPublisher) {}

  async record(
    what: string,
    consumer: AuthorisedConsumer,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.publisher.publish({
      what,
      who: consumer.name,
      details: JSON.stringify(details),
      service: 'hmpps-integration-api',
    });
  }
}
