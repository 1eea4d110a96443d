/** Values to set; `undefined` removes the variable for the duration. */
export type EnvOverrides = Record<string, string | undefined>;

/** Applies `overrides` to `process.env` and returns the function that puts every previous value back. */
export function applyEnv(overrides: EnvOverrides): () => void {
  const previous = Object.keys(overrides).map((name) => [name, process.env[name]] as const);
  const assign = (name: string, value: string | undefined) => {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  };
  for (const [name, value] of Object.entries(overrides)) {
    assign(name, value);
  }
  return () => previous.forEach(([name, value]) => assign(name, value));
}
