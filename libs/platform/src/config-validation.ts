/**
 * Checks that every required variable is set (an empty string counts as missing) and reports all
 * missing names in one message, so an operator fixes the deployment in one go.
 */
export function validateRequiredEnv(
  appName: string,
  required: readonly string[],
  env: Record<string, unknown>,
): Record<string, unknown> {
  const missing = required.filter((name) => env[name] === undefined || String(env[name]).trim() === '');
  if (missing.length > 0) {
    throw new Error(`${appName} cannot start: missing required environment variables: ${missing.join(', ')}`);
  }
  return env;
}
