/** The environments whose flag defaults the reference deploys (its `application-<env>.yml` files). */
export const ENVIRONMENTS = ['local', 'dev', 'preprod', 'prod'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

type Defaults = Partial<Record<Environment, boolean>>;

const everywhere = (value: boolean): Defaults => ({ local: value, dev: value, preprod: value, prod: value });
/** On locally and in dev, off in preprod and production: how the reference rolls out a new endpoint. */
const devOnly: Defaults = { local: true, dev: true, preprod: false, prod: false };

/**
 * Every flag and its default per environment, as the reference's `feature-flag` settings have them. A
 * flag missing from an environment is unset there (`@FeatureFlag` then answers "not found"). The
 * `seed-*` flags are this service's own: each keeps a behaviour of the seed-era API that the reference
 * has since replaced reachable, off by default everywhere.
 */
export const FEATURE_FLAG_DEFAULTS = {
  // API flags
  'course-completion-event-enabled': { local: true, dev: true, preprod: false, prod: true },
  'use-active-alerts-endpoint': devOnly,
  'use-contact-events-endpoint': devOnly,
  'csra-endpoint': devOnly,
  'use-emergency-contacts-endpoint': devOnly,
  'epf-endpoint-includes-lao': everywhere(true),
  'epf-gateway-disabled': { dev: true, preprod: true, prod: true },
  'cpr-enabled': everywhere(true),
  'use-assessment-summary-endpoint': devOnly,
  'use-stubbed-assessment-summary': everywhere(false),
  'contact-search-endpoint-enabled': devOnly,
  'address-search-endpoint-enabled': devOnly,
  'contact-linked-prisoners-endpoint-enabled': devOnly,
  'prison-timeline-endpoint-enabled': devOnly,
  'use-probation-search-for-person-search': { local: false, dev: true, preprod: true, prod: true },
  // Event flags
  'enable-delete-processed-events': { local: false, dev: true, preprod: true, prod: true },
  'enable-publish-pending-events': { local: false, dev: true, preprod: true, prod: true },
  'enable-domain-events-queue-listener': { local: false, dev: true, preprod: true, prod: true },
  'person-languages-changed-notifications-enabled': { local: true, dev: false, preprod: true, prod: true },
  'prisoner-base-location-changed-notifications-enabled': everywhere(true),
  'prisoner-merge-notifications-enabled': devOnly,
  'contact-events-notifications-enabled': devOnly,
  'limited-access-notifications-enabled': everywhere(true),
  'deduplicate-events': { local: false, dev: true, preprod: true, prod: true },
  // Seed-era behaviours
  /** PND alerts (`/v1/persons/{id}/alerts/pnd`, `/v1/pnd/persons/{id}/alerts`), which the reference removed (HIA-1634). */
  'seed-pnd-alerts': everywhere(false),
  /** Expression of interest queued for the jobs board; the reference answers 410 Gone. */
  'seed-expression-of-interest': everywhere(false),
  /** A consumer missing from the config is told "Unable to authorise <path> for <name>", as in the seed era. */
  'seed-unknown-consumer-message': everywhere(false),
  /**
   * `GET /v1/persons/{id}` is 404 for someone probation does not know even when prisoner search knows the
   * NOMIS number, as in the seed era; the reference answers with the prison half alone.
   */
  'seed-person-requires-probation': everywhere(false),
} satisfies Record<string, Defaults>;

export type FeatureFlagName = keyof typeof FEATURE_FLAG_DEFAULTS;

export const FEATURE_FLAG_NAMES = Object.keys(FEATURE_FLAG_DEFAULTS) as FeatureFlagName[];

/** The environment variable that overrides a flag: `FEATURE_FLAG_` and the name in upper snake case. */
export function featureFlagVariable(name: FeatureFlagName): string {
  return `FEATURE_FLAG_${name.toUpperCase().replaceAll('-', '_')}`;
}

/** Flag values for an environment or a request; a flag may be unset. */
export class FeatureFlags {
  constructor(private readonly values: ReadonlyMap<FeatureFlagName, boolean>) {}

  /**
   * The environment's defaults, with `FEATURE_FLAG_*` variables overriding single flags: booleans as the
   * validated environment holds them, or their `true`/`false` spelling.
   */
  static forEnvironment(environment: Environment, env: Record<string, unknown>): FeatureFlags {
    const values = new Map<FeatureFlagName, boolean>();
    const problems: string[] = [];
    for (const name of FEATURE_FLAG_NAMES) {
      const variable = featureFlagVariable(name);
      const given = env[variable];
      const override = typeof given === 'string' ? given.trim() : given;
      if (typeof override === 'boolean') values.set(name, override);
      else if (override === 'true' || override === 'false') values.set(name, override === 'true');
      else if (override) problems.push(`${variable} must be true or false, got ${String(override)}`);
      else {
        const value = (FEATURE_FLAG_DEFAULTS[name] as Defaults)[environment];
        if (value !== undefined) values.set(name, value);
      }
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
    return new FeatureFlags(values);
  }

  /** true or false, or undefined when the flag is not set here. */
  value(name: FeatureFlagName): boolean | undefined {
    return this.values.get(name);
  }

  isEnabled(name: FeatureFlagName): boolean {
    return this.values.get(name) === true;
  }

  /**
   * These flags with an `X-Feature-Override` header's settings on top: `name=true,other=false`. Only
   * known flags and the values `true`/`false` are accepted; anything else is an error message.
   */
  withOverrides(header: string): FeatureFlags | string {
    const values = new Map(this.values);
    for (const setting of header.split(',')) {
      const [name, value, extra] = setting.trim().split('=');
      if (extra !== undefined || !isFeatureFlagName(name) || (value !== 'true' && value !== 'false')) {
        return 'X-Feature-Override must be a comma-separated list of <known feature flag>=true|false';
      }
      values.set(name, value === 'true');
    }
    return new FeatureFlags(values);
  }
}

function isFeatureFlagName(name: string): name is FeatureFlagName {
  return Object.hasOwn(FEATURE_FLAG_DEFAULTS, name);
}
