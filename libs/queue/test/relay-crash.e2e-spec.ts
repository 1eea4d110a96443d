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

// Bounds, not expectations: a relay child compiles its TypeScript on start, which on a loaded CI machine
// with every other suite running can take tens of seconds; delivery itself takes a few.
const START_MS = 60_000;
const DRAIN_MS = 60_000;
const ONE_RELAY_MS = START_MS + DRAIN_MS + 10_000;
const TWO_RELAYS_MS = 2 * START_MS + 2 * DRAIN_MS + 10_000;

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
    const timer = setTimeout(() => reject(new Error(`relay did not start: ${stderr}`)), START_MS);
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

/** Stops the relay as a replica is stopped, then the collector once nothing more can arrive. */
async function stopBoth(relay: ChildProcess, messages: ReturnType<typeof collector>): Promise<void> {
  relay.kill('SIGTERM');
  await stopped(relay);
  await messages.stop();
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

  const outboxRows = async () =>
    Number((await sql.query('SELECT count(*) AS count FROM outbox_message')).rows[0].count);

  /**
   * Until `count` distinct messages have arrived and the outbox is empty (a killed relay's rows are only
   * deleted once the next relay's lease takeover has sent them again), then one second more for strays.
   */
  async function awaitDrained(messages: ReturnType<typeof collector>, count: number): Promise<void> {
    const deadline = Date.now() + DRAIN_MS;
    while (new Set(messages.ids()).size < count || (await outboxRows()) > 0) {
      if (Date.now() > deadline) return; // the assertions below say what is missing
      await sleep(100);
    }
    await sleep(1000);
  }

  it(
    'delivers every one of 1,200 messages when the relay is killed mid-batch; only messages in flight at the kill come twice',
    async () => {
      const sent = await write(1200, 'kill');
      const messages = collector(emulator, 'crash-test');
      let relay = await startRelay(env);
      let inFlight: string[] = [];
      try {
        // Freeze the relay at a moment it is mid-run (some rows delivered and deleted) and holds a claim
        // (rows claimed, not yet deleted), then kill it there. The outbox, not the collector, says when:
        // the collector can lag the relay by the whole run.
        const killBy = Date.now() + DRAIN_MS;
        for (;;) {
          relay.kill('SIGSTOP');
          const { rows } = await sql.query<{ id: string; claimed: boolean }>(
            'SELECT id, claimed_by IS NOT NULL AS claimed FROM outbox_message',
          );
          const claimed = rows.filter((row) => row.claimed).map((row) => row.id);
          if (rows.length < sent.length && claimed.length > 0) {
            inFlight = claimed;
            relay.kill('SIGKILL');
            await stopped(relay);
            break;
          }
          relay.kill('SIGCONT');
          if (rows.length === 0)
            throw new Error('the relay sent everything before it could be caught holding a claim');
          if (Date.now() > killBy) throw new Error('the relay never held a claim mid-run');
          await sleep(2);
        }
        expect(inFlight.length).toBeGreaterThan(0);
        expect(new Set(messages.ids()).size).toBeLessThan(sent.length);

        relay = await startRelay(env);
        await awaitDrained(messages, sent.length);
      } finally {
        await stopBoth(relay, messages);
      }
      const ids = messages.ids();
      expect(new Set(ids).size).toBe(sent.length);
      expect([...new Set(ids)].sort()).toEqual([...sent].sort());
      const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
      expect(repeated.filter((id) => !inFlight.includes(id))).toEqual([]);
      expect(ids.length - sent.length).toBeLessThanOrEqual(inFlight.length);
      expect(await outboxRows()).toBe(0);
    },
    TWO_RELAYS_MS,
  );

  it(
    'delivers each of 1,000 messages exactly once when nothing goes wrong',
    async () => {
      const sent = await write(1000, 'calm');
      const messages = collector(emulator, 'crash-test');
      const relay = await startRelay(env);
      try {
        await awaitDrained(messages, sent.length);
      } finally {
        await stopBoth(relay, messages);
      }
      const ids = messages.ids();
      expect(ids.length).toBe(sent.length);
      expect(new Set(ids).size).toBe(sent.length);
      expect(messages.received.every((message) => (message.json as { run: string }).run === 'calm')).toBe(
        true,
      );
      expect(await outboxRows()).toBe(0);
    },
    ONE_RELAY_MS,
  );
});
