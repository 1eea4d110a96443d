/**
 * Client secrets that replace a fixture's, from `variable` (JSON, client id → secret). An app run with
 * `NODE_ENV=production` (the benchmark) refuses the fixtures' well-known local secrets, so such a run gives
 * the stand-in and the app a secret of its own.
 */
export function secretOverrides(
  variable: string,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const raw = env[variable];
  if (!raw) return {};
  const parsed = JSON.parse(raw) as unknown;
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    Object.values(parsed).some((value) => typeof value !== 'string')
  ) {
    throw new Error(`${variable} must be a JSON object of client id → secret`);
  }
  return parsed as Record<string, string>;
}
