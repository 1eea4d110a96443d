import { startEmbeddedPostgres, EmbeddedPostgres } from '@libs/database';
import { mkdtempSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseLog } from '../harness/case-log';
import { describeTargets } from '../harness/describe-apps';
import { DatabaseProbe } from '../harness/database-state';
import { freePort } from '../harness/free-port';
import { stackTraceProblems } from '../harness/envelope-checks';
import { Answer, closeClient, describeAnswer, RequestSpec, send } from '../harness/send';
import type { AppTarget, AppWorld, DatabaseScenario } from '../targets/app-target';
import { selectedTargets, TargetEntry } from '../targets';

const usesDatabase = (entry: TargetEntry) => entry.usesDatabase;

const BEFORE_OUTAGE_MS = 2000;
const OUTAGE_MS = 4000;
const RECOVERY_DEADLINE_MS = 30_000;
const AFTER_RECOVERY_MS = 2000;
const WRITERS = 2;
const WRITE_INTERVAL_MS = 50;

interface Write {
  index: number;
  phase: 'before' | 'outage' | 'after';
  request?: RequestSpec;
  answer?: Answer;
  error?: string;
}

/** Writers at a steady pace until stopped; every write is unique, so each can be counted in the database. */
function startWriters(
  world: AppWorld,
  scenario: DatabaseScenario,
  phase: () => Write['phase'],
): { stop(): Promise<Write[]> } {
  const writes: Write[] = [];
  let next = 0;
  let running = true;
  const writer = async () => {
    while (running) {
      const write: Write = { index: next++, phase: phase() };
      writes.push(write);
      try {
        write.request = await scenario.write(world, write.index);
        write.answer = await send(world.url, write.request);
      } catch (error) {
        write.error = (error as Error).message;
      }
      await sleep(WRITE_INTERVAL_MS);
    }
  };
  const done = Promise.all(Array.from({ length: WRITERS }, writer));
  return {
    stop: async () => {
      running = false;
      await done;
      return writes;
    },
  };
}

async function untilReadSucceeds(world: AppWorld, scenario: DatabaseScenario): Promise<Answer | undefined> {
  const deadline = Date.now() + RECOVERY_DEADLINE_MS;
  while (Date.now() < deadline) {
    const answer = await send(world.url, await scenario.read(world)).catch(() => undefined);
    if (answer && answer.status < 400) return answer;
    await sleep(200);
  }
  return undefined;
}

describeTargets((loaded) => {
  it('answers 5xx envelopes while the database is down, recovers without a restart, and loses or duplicates no confirmed write', async () => {
    const target: AppTarget = loaded();
    const scenario = target.database!;
    const log = new CaseLog();
    const dataDir = mkdtempSync(join(tmpdir(), `resilience-db-${target.name}-`));
    const port = await freePort();
    let database: EmbeddedPostgres | undefined = await startEmbeddedPostgres({ dataDir, port });
    const probe = new DatabaseProbe(database.url);
    let world: AppWorld | undefined;
    try {
      world = await target.start({ DATABASE_URL: database.url });
      let phase: Write['phase'] = 'before';
      const writers = startWriters(world, scenario, () => phase);
      await sleep(BEFORE_OUTAGE_MS);

      phase = 'outage';
      await database.stop();
      database = undefined;
      await sleep(OUTAGE_MS / 2);
      const read = await scenario.read(world);
      const readDuringOutage = await send(world.url, read);
      const health = await send(world.url, {
        method: 'GET',
        path: '/health',
        headers: target.platformHeaders,
      });
      await sleep(OUTAGE_MS / 2);

      database = await startEmbeddedPostgres({ dataDir, port });
      const recovered = await untilReadSucceeds(world, scenario);
      phase = 'after';
      await sleep(AFTER_RECOVERY_MS);
      const writes = await writers.stop();

      log.check(`a read during the outage → ${describeAnswer(readDuringOutage)}`, [
        ...(readDuringOutage.status >= 500 ? [] : [`status ${readDuringOutage.status}, expected a 5xx`]),
        ...stackTraceProblems(readDuringOutage),
        ...target.envelopeProblems(readDuringOutage, read),
      ]);
      log.check(
        `/health during the outage → ${describeAnswer(health)}`,
        health.status === 503 ? [] : [`status ${health.status}, expected 503`],
      );
      log.check(
        `reads work again without a restart → ${recovered ? describeAnswer(recovered) : 'never'}`,
        recovered ? [] : [`no successful read within ${RECOVERY_DEADLINE_MS} ms`],
      );

      for (const write of writes) {
        const label = `write #${write.index} (${write.phase}) → ${write.answer ? describeAnswer(write.answer) : write.error}`;
        const problems: string[] = [];
        const confirmed = write.answer !== undefined && write.answer.status < 300;
        if (!write.answer) problems.push(`no answer: ${write.error}`);
        else if (!confirmed) {
          if (write.answer.status < 500)
            problems.push(`status ${write.answer.status}: only success or a 5xx is expected`);
          if (write.phase === 'after') problems.push('failed after the database had recovered');
          problems.push(
            ...stackTraceProblems(write.answer),
            ...target.envelopeProblems(write.answer, write.request!),
          );
        }
        const stored = await scenario.storedTimes(world, probe, write.index);
        if (confirmed && stored !== 1) problems.push(`confirmed but stored ${stored} times`);
        if (!confirmed && stored > 1) problems.push(`stored ${stored} times`);
        log.check(label, problems);
      }
      const byPhase = (phaseName: Write['phase']) => writes.filter((write) => write.phase === phaseName);
      log.note(
        `${writes.length} writes: ${byPhase('before').length} before, ${byPhase('outage').length} during (${byPhase('outage').filter((write) => (write.answer?.status ?? 500) < 300).length} confirmed), ${byPhase('after').length} after the outage`,
      );
      log.check(
        'writes ran in every phase',
        (['before', 'outage', 'after'] as const)
          .filter((name) => byPhase(name).length === 0)
          .map((name) => `no write ${name}`),
      );
    } finally {
      await probe.close();
      if (world) {
        await closeClient(world.url);
        await world.close();
      }
      await database?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    log.finish();
  });
}, usesDatabase);

// RESILIENCE_APPS may name only apps without a database; Jest refuses a file without tests, so say so.
if (selectedTargets(usesDatabase).length === 0) {
  describe('selected apps', () => {
    it('keep no data in PostgreSQL, so there is no database to fail', () => {
      expect(selectedTargets().filter(usesDatabase)).toEqual([]);
    });
  });
}
