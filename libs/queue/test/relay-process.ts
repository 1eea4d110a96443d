// A relay on its own, as one app replica runs it: the crash test starts it in a child process
// (node -r @swc-node/register) so that it can be killed with SIGKILL while the database lives on.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import { OUTBOX_ENTITIES, OUTBOX_MIGRATIONS, QueueModule } from '../src';
import { CRASH_QUEUES, CRASH_RELAY } from './relay-crash.settings';

@Module({
  imports: [
    PlatformModule.forRoot({ name: 'relay-process', required: ['DATABASE_URL'] }),
    DatabaseModule.forRoot({ entities: OUTBOX_ENTITIES, migrations: OUTBOX_MIGRATIONS }),
    QueueModule.forRoot({ queues: CRASH_QUEUES, relay: CRASH_RELAY }),
  ],
})
class RelayProcessModule {}

void NestFactory.createApplicationContext(RelayProcessModule, { logger: ['error'] }).then(async (app) => {
  await app.init();
  process.send?.('relaying');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
});
