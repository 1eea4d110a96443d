import { settledWithin } from './shutdown';

describe('settledWithin', () => {
  it('is true as soon as the work settles, resolved or rejected', async () => {
    const started = Date.now();
    await expect(settledWithin(new Promise((resolve) => setTimeout(resolve, 20)), 5_000)).resolves.toBe(true);
    await expect(settledWithin(Promise.reject(new Error('stage failed')), 5_000)).resolves.toBe(true);
    // Neither waited for the bound.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('is false once the bound passes, leaving work that never settles behind', async () => {
    const started = Date.now();
    await expect(settledWithin(new Promise(() => undefined), 50)).resolves.toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
