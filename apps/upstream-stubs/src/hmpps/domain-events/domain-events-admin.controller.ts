import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { hmppsFixturePath } from '../hmpps-fixtures';
import {
  ConsumerQueueMessage,
  DomainEventsPublisher,
  PublishedDomainEvent,
} from './domain-events-publisher.service';

/** What SNS takes in one message. */
const MAX_EVENT_BYTES = 256 * 1024;
const EVENT_TYPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;

interface DomainEventFixture {
  name: string;
  eventType: string;
  event: { eventType: string };
}

/** The fixture events (`fixtures/hmpps/domain-events/<name>.json`), read once. */
function readFixtures(): Map<string, DomainEventFixture> {
  const directory = hmppsFixturePath('domain-events');
  const fixtures = new Map<string, DomainEventFixture>();
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const event = JSON.parse(readFileSync(`${directory}/${file}`, 'utf8')) as { eventType: string };
    fixtures.set(basename(file, '.json'), {
      name: basename(file, '.json'),
      eventType: event.eventType,
      event,
    });
  }
  return fixtures;
}

/**
 * Test-only: publish HMPPS domain events (from the fixtures or any body) to the domain events topic, and
 * read what arrived on a consumer's queue, so a local run shows events end to end.
 */
@ApiTags('Admin')
@Controller('__admin')
export class DomainEventsAdminController {
  private readonly fixtures = readFixtures();

  constructor(private readonly publisher: DomainEventsPublisher) {}

  @Get('domain-events/fixtures')
  @ApiOperation({ summary: 'The fixture domain events, by name' })
  list(): { name: string; eventType: string }[] {
    return [...this.fixtures.values()].map(({ name, eventType }) => ({ name, eventType }));
  }

  @Post('domain-events/fixtures/:name')
  @HttpCode(202)
  @ApiOperation({ summary: 'Publish a fixture domain event to the domain events topic' })
  publishFixture(@Param('name') name: string): Promise<PublishedDomainEvent> {
    const fixture = this.fixtures.get(name);
    if (!fixture) throw new NotFoundException(`No domain event fixture ${JSON.stringify(name)}`);
    return this.publisher.publish({ ...fixture.event, occurredAt: new Date().toISOString() });
  }

  @Post('domain-events')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Publish any domain event (a JSON object with an eventType) to the domain events topic',
  })
  publish(@Body() body: unknown): Promise<PublishedDomainEvent> {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new BadRequestException('The body must be a domain event: a JSON object');
    const { eventType } = body as { eventType?: unknown };
    if (typeof eventType !== 'string' || !EVENT_TYPE.test(eventType))
      throw new BadRequestException(
        'eventType must be a domain event type such as prisoner-offender-search.prisoner.received',
      );
    if (Buffer.byteLength(JSON.stringify(body)) > MAX_EVENT_BYTES)
      throw new BadRequestException('A domain event is at most 256 KiB');
    return this.publisher.publish(body as { eventType: string });
  }

  @Get('consumer-queues/:queueName/messages')
  @ApiOperation({
    summary: "Take (receive and delete) up to 10 messages from a consumer's queue on the emulator",
  })
  take(@Param('queueName') queueName: string, @Query('max') max?: string): Promise<ConsumerQueueMessage[]> {
    if (!QUEUE_NAME.test(queueName)) throw new BadRequestException('Not an SQS queue name');
    const count = max === undefined ? 10 : Number(max);
    if (!Number.isInteger(count) || count < 1 || count > 10)
      throw new BadRequestException('max must be 1 to 10');
    return this.publisher.take(queueName, count);
  }
}
