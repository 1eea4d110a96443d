import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `probe` until `done` accepts its value (work that happens in the background), or gives up with the last one. */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(intervalMs);
  }
}
