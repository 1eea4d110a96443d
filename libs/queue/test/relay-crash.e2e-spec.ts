import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestingModule } from '@nestjs/testing';
import { Test } from '@nestjs/testing';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import {
  createTestDatabase,
  EmulatedMessage,
  QueueEmulator,
  startQueueEmulator,
  TestDatabase,
} from '@libs/testing';
import { Client } from 'pg';
import { applyEnv } from '../../testing/src/env';
import { Outbox, OUTBOX_ENTITIES, OUTBOX_MIGRATIONS, QueueModule } from '../src';
import { CRASH_QUEUES } from './relay-crash.settings';

const ROOT = join(__dirname, '..', '..', '..');
const RELAY = join(__dirname, 'relay-process.ts');

/** The relay in a child process of its own, against the shared database and the emulator. */
async function startRelay(env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(RELAY, [], {
    cwd: ROOT,
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, ...env, NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start: ${stderr}`)), 60_000);
    child.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited with ${code}: ${stderr}`));
    });
  });
  return child;
}

function stopped(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Takes every message off the queue as it arrives, until stopped. */
function collector(emulator: QueueEmulator, queueName: string) {
  const received: EmulatedMessage[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const batch = await emulator.receive(queueName, 500);
      received.push(...batch);
      if (batch.length === 0) await sleep(20);
    }
  })();
  return {
    received,
    ids: () => received.map((message) => message.attributes.eventId),
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

describe('outbox relay: at least once across a SIGKILL, exactly once without one', () => {
  let emulator: QueueEmulator;
  let database: TestDatabase;
  let writer: TestingModule;
  let sql: Client;
  let env: Record<string, string>;

  beforeAll(async () => {
    [emulator, database] = await Promise.all([startQueueEmulator(), createTestDatabase()]);
    await emulator.provision({ queues: CRASH_QUEUES });
    env = { ...(emulator.env as Record<string, string>), DATABASE_URL: database.url };
    const restore = applyEnv(env);
    try {
      // This process only writes; the relays run in child processes.
      writer = await Test.createTestingModule({
        imports: [
          PlatformModule.forRoot({ name: 'relay-crash-spec', required: [] }),
          DatabaseModule.forRoot({ entities: OUTBOX_ENTITIES, migrations: OUTBOX_MIGRATIONS }),
          QueueModule.forRoot({ queues: CRASH_QUEUES, relay: { enabled: false } }),
        ],
      })
        .compile()
        .then((moduleRef) => moduleRef.init());
    } finally {
      restore();
    }
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await writer?.close();
    await Promise.all([emulator?.close(), database?.drop()]);
  });

  async function write(count: number, run: string): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < count; start += 200) {
      const entries = Array.from({ length: Math.min(200, count - start) }, (_, index) => ({
        kind: 'queue' as const,
        destination: 'crash',
        body: { run, n: start + index },
      }));
      ids.push(...(await writer.get(Outbox).add(entries)));
    }
    return ids;
  }

  /** Until `count` distinct messages have arrived (or a minute has passed), and one second more for strays. */
  async function awaitDistinct(messages: ReturnType<typeof collector>, count: number): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (new Set(messages.ids()).size < count && Date.now() < deadline) await sleep(100);
    await sleep(1000);
  }

  const outboxRows = async () =>
    Number((await sql.query('SELECT count(*) AS count FROM outbox_message')).rows[0].count);

  it('delivers every one of 1,200 messages when the relay is killed mid-batch; only messages in flight at the kill come twice', async () => {
    const sent = await write(1200, 'kill');
    const messages = collector(emulator, 'crash-test');
    let relay = await startRelay(env);
    let inFlight: string[] = [];
    try {
      // Freeze the relay at a moment it holds a claim (rows claimed, not yet deleted), then kill it there.
      for (;;) {
        if (messages.received.length >= 200) {
          relay.kill('SIGSTOP');
          const claimed = await sql.query<{ id: string }>(
            'SELECT id FROM outbox_message WHERE claimed_by IS NOT NULL',
          );
          if (claimed.rows.length > 0) {
            inFlight = claimed.rows.map((row) => row.id);
            relay.kill('SIGKILL');
            await stopped(relay);
            break;
          }
          relay.kill('SIGCONT');
        }
        await sleep(5);
      }
      expect(inFlight.length).toBeGreaterThan(0);
      expect(new Set(messages.ids()).size).toBeLessThan(sent.length);

      relay = await startRelay(env);
      await awaitDistinct(messages, sent.length);
    } finally {
      relay.kill('SIGTERM');
      await stopped(relay);
      await messages.stop();
    }
    const ids = messages.ids();
    expect(new Set(ids).size).toBe(sent.length);
    expect([...new Set(ids)].sort()).toEqual([...sent].sort());
    const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    expect(repeated.filter((id) => !inFlight.includes(id))).toEqual([]);
    expect(ids.length - sent.length).toBeLessThanOrEqual(inFlight.length);
    expect(await outboxRows()).toBe(0);
  });

  it('delivers each of 1,000 messages exactly once when nothing goes wrong', async () => {
    const sent = await write(1000, 'calm');
    const messages = collector(emulator, 'crash-test');
    const relay = await startRelay(env);
    try {
      await awaitDistinct(messages, sent.length);
    } finally {
      relay.kill('SIGTERM');
      await stopped(relay);
      await messages.stop();
    }
    const ids = messages.ids();
    expect(ids.length).toBe(sent.length);
    expect(new Set(ids).size).toBe(sent.length);
    expect(messages.received.every((message) => (message.json as { run: string }).run === 'calm')).toBe(true);
    expect(await outboxRows()).toBe(0);
  });
});
