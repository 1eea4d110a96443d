import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';

export type EnvSchema<T extends object = object> = new () => T;

/** Every problem with the environment, so an operator fixes the deployment in one go. */
export class ConfigProblems extends Error {
  constructor(
    readonly appName: string,
    readonly problems: readonly string[],
  ) {
    super(`${appName} cannot start: ${problems.join('; ')}`);
    this.name = 'ConfigProblems';
  }
}

/** The variables a schema declares: every property with at least one validation decorator, inherited ones included. */
function declaredVariables(schema: EnvSchema): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false);
  return [...new Set(metadata.map((entry) => entry.propertyName))];
}

/**
 * The variables a schema cannot do without: declared, with neither a default (`@IsOptional`) nor a
 * condition (`@ValidateIf`). Deployment tests check every manifest provides them.
 */
export function requiredVariables(schema: EnvSchema): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false);
  const conditional = new Set(
    metadata.filter((entry) => entry.type === 'conditionalValidation').map((entry) => entry.propertyName),
  );
  return declaredVariables(schema).filter((name) => !conditional.has(name));
}

/** Blank means unset: `FOO=` in an env file or a manifest must not count as a value. */
function setting(source: Record<string, string | undefined>, name: string): string | undefined {
  const value = source[name]?.trim();
  return value === '' ? undefined : value;
}

function problemsOf(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => [
    // Messages name the variable and the rule, never the value: it may be a secret.
    ...Object.values(error.constraints ?? {}),
    ...problemsOf(error.children ?? [], `${prefix}${error.property}.`),
  ]);
}

/**
 * Reads an app's environment through its schema class (class-validator rules, class-transformer
 * conversions, class field initialisers as defaults), and reports every bad or missing variable at once.
 * Only declared variables are read; values are trimmed and blank ones treated as unset.
 */
export function loadEnv<T extends object>(
  appName: string,
  schema: EnvSchema<T>,
  source: Record<string, string | undefined> = process.env,
): T {
  const plain: Record<string, string> = {};
  for (const name of declaredVariables(schema)) {
    const value = setting(source, name);
    if (value !== undefined) plain[name] = value;
  }
  const env = plainToInstance(schema, plain, { exposeDefaultValues: true });
  const problems = problemsOf(
    validateSync(env, {
      forbidUnknownValues: false,
      // One message per variable: "is required" says it all, without "is not a valid name" after it.
      stopAtFirstError: true,
      validationError: { target: false, value: false },
    }),
  );
  if (problems.length > 0) throw new ConfigProblems(appName, problems);
  return Object.freeze(env);
}
