/** Knobs of a run, from the environment (defaults are the full run CI does). */
export const SETTINGS = {
  /** Generated bad requests per endpoint (the issue asks for at least 300). */
  casesPerEndpoint: Number(process.env.RESILIENCE_CASES ?? 300),
  /** fast-check seed: fixed per run and printed with every failure, so a failure can be replayed. */
  seed: Number(process.env.RESILIENCE_SEED ?? Date.now() % 2_147_483_647),
  /** Length of each app's steady load (the issue asks for 60 s). */
  loadSeconds: Number(process.env.RESILIENCE_LOAD_SECONDS ?? 60),
  /** Requests per second per app during the load suite. */
  loadRate: Number(process.env.RESILIENCE_LOAD_RATE ?? 40),
};
