import type { EnvOverrides } from '@libs/testing';
import type { AppTarget, AppWorld } from '../targets/app-target';
import { selectedTargets, TargetEntry } from '../targets';
import { closeClient } from './send';

export interface AppUnderTest {
  target: AppTarget;
  world: AppWorld;
}

const START_TIMEOUT_MS = 120_000;

/**
 * One `describe` per app (named after it, which the summary table reads), with the app and its stubs
 * started once in `beforeAll` and stopped in `afterAll`.
 */
export function describeApps(
  define: (app: () => AppUnderTest, entry: TargetEntry) => void,
  options: { env?: (target: AppTarget) => EnvOverrides; filter?: (entry: TargetEntry) => boolean } = {},
): void {
  for (const entry of selectedTargets(options.filter)) {
    describe(entry.name, () => {
      let current: AppUnderTest | undefined;
      beforeAll(async () => {
        const target = await entry.load();
        current = { target, world: await target.start(options.env?.(target)) };
      }, START_TIMEOUT_MS);
      afterAll(async () => {
        if (!current) return;
        await closeClient(current.world.url);
        await current.world.close();
      }, START_TIMEOUT_MS);
      define(() => {
        if (!current) throw new Error(`${entry.name} did not start`);
        return current;
      }, entry);
    });
  }
}

/** One `describe` per app for suites that start the app themselves (database faults, shutdown). */
export function describeTargets(
  define: (target: () => AppTarget) => void,
  filter?: (entry: TargetEntry) => boolean,
): void {
  for (const entry of selectedTargets(filter)) {
    describe(entry.name, () => {
      let target: AppTarget | undefined;
      beforeAll(async () => {
        target = await entry.load();
      }, START_TIMEOUT_MS);
      define(() => {
        if (!target) throw new Error(`${entry.name} did not load`);
        return target;
      });
    });
  }
}
