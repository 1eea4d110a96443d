import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { RedactionPolicy } from '../redaction/redaction-policy';
import {
  ConsumerFilters,
  FILTER_KINDS,
  FilterKind,
  FilterLists,
  MAPPA_CATEGORIES,
  mergeFilters,
  SUPERVISION_STATUSES,
  WILDCARD,
} from './consumer-filters';
import { compilePathPattern } from './path-patterns';
import { Role, ROLES } from './roles/roles';

/** How a consumer's `X-On-Behalf-Of` token names the end user (the reference's ADR 0019). */
export type OnBehalfOfStrategy = 'unsigned' | 'entra';

export interface OnBehalfOfConfig {
  strategy: OnBehalfOfStrategy;
  /** The request is refused (401) without a usable end-user name. */
  required: boolean;
  /** The Manage Users auth source the name must be an enabled, unlocked user of; null: not checked. */
  verificationStrategy: string | null;
}

/** One consumer (the CN of its client certificate): what it may call and which data it may see. */
export interface ConsumerConfig {
  name: string;
  /** Its own include patterns followed by those of its roles, each compiled for a whole-path match. */
  permissions: RegExp[];
  roles: Role[];
  /** Its own filters merged with its roles' (`mergeFilters`). */
  filters: ConsumerFilters;
  /** Its roles' redaction policies, in role order. */
  redactionPolicies: RedactionPolicy[];
  suspended: boolean;
  /** May switch feature flags for one request with `X-Feature-Override`. */
  allowFeatureOverride: boolean;
  onBehalfOf: OnBehalfOfConfig | null;
  /** The HMPPS SQS queue id its integration events go to (`queue-name`, as HEAD's consumer config); null: none. */
  queueName: string | null;
}

/** A revoked certificate: its serial (colon-separated upper-case hex), for every consumer or one. */
export interface RevokedCertificate {
  serialNumber: string;
  consumer: string | null;
}

export interface AuthorisationConfig {
  consumers: Map<string, ConsumerConfig>;
  revokedCertificates: RevokedCertificate[];
  /** The consumer of a request without a `subject-distinguished-name` header (local runs only). */
  defaultConsumerName: string | null;
}

/**
 * The file has the shape of the reference's Spring `authorisation` properties, so a consumer file from
 * its configuration repository can be used as it is (keys in camelCase or kebab-case):
 *
 *   authorisation:
 *     consumers:
 *       kilco:
 *         roles: [ext-prisons-private-prison]
 *         include: ["/v1/images/{id}"]
 *         filters:
 *           prisons: [MDI]
 *         is-suspended: false
 *         allow-feature-override: false
 *         obo-config: { strategy: entra, required: true, verification-strategy: azuread }
 *         queue-name: kilcosubscriberqueue   # the HMPPS SQS queue id its integration events go to
 *     certificate-revocation-list: ["01:7B:EB:77", "25:13:0D/kilco"]
 *     default-consumer-name: all-access
 *
 * Roles are not configuration: they are defined in the application (`roles/roles.ts`).
 */
export function loadAuthorisationConfig(path: string): AuthorisationConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`AUTHORISATION_CONFIG: cannot read ${path}: ${(error as Error).message}`);
  }
  return parseAuthorisationConfig(text, path);
}

/** `notes` is the reference's too (free text, not read). */
const CONSUMER_KEYS = [
  'include',
  'roles',
  'filters',
  'notes',
  'queueName',
  'oboConfig',
  'allowFeatureOverride',
  'isSuspended',
];
const REVOCATION_ENTRY = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2})*(?:\/(.+))?$/;

export function parseAuthorisationConfig(text: string, source = 'authorisation config'): AuthorisationConfig {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid YAML: ${(error as Error).message}`);
  }
  const problems: string[] = [];
  const root = asMap(document ?? {}, 'the document', problems, ['authorisation', 'globals']);
  if ('globals' in root) {
    problems.push(
      'globals.roles is not read: roles are part of the application, consumers refer to them by name',
    );
  }
  const authorisation = asMap(root.authorisation ?? {}, 'authorisation', problems, [
    'consumers',
    'certificateRevocationList',
    'defaultConsumerName',
  ]);

  const consumers = new Map<string, ConsumerConfig>();
  for (const [name, value] of Object.entries(
    asMap(authorisation.consumers ?? {}, 'authorisation.consumers', problems),
  )) {
    consumers.set(name, readConsumer(name, value, problems));
  }

  const revokedCertificates: RevokedCertificate[] = [];
  for (const entry of stringList(
    authorisation.certificateRevocationList,
    'authorisation.certificate-revocation-list',
    problems,
  )) {
    const match = REVOCATION_ENTRY.exec(entry.trim());
    if (!match) {
      problems.push(`certificate-revocation-list entry ${JSON.stringify(entry)} is not a serial number`);
      continue;
    }
    revokedCertificates.push({
      serialNumber: entry.trim().split('/')[0].toUpperCase(),
      consumer: match[1] ?? null,
    });
  }

  const defaultConsumerName = authorisation.defaultConsumerName ?? null;
  if (defaultConsumerName !== null && typeof defaultConsumerName !== 'string') {
    problems.push('authorisation.default-consumer-name must be a string');
  }

  if (problems.length > 0) throw new Error(`${source} is invalid: ${problems.join('; ')}`);
  return { consumers, revokedCertificates, defaultConsumerName: defaultConsumerName as string | null };
}

function readConsumer(name: string, value: unknown, problems: string[]): ConsumerConfig {
  const where = `consumer ${name}`;
  const consumer = asMap(value ?? {}, where, problems, CONSUMER_KEYS);
  const permissions = compilePatterns(
    stringList(consumer.include, `${where} include`, problems),
    where,
    problems,
  );
  const roles: Role[] = [];
  for (const roleName of stringList(consumer.roles, `${where} roles`, problems)) {
    const role = ROLES.get(roleName);
    if (role) roles.push(role);
    else problems.push(`${where} refers to unknown role ${roleName}`);
  }
  for (const role of roles)
    permissions.push(...compilePatterns(role.permissions, `role ${role.name}`, problems));
  const ownFilters = readFilters(consumer.filters, where, problems);
  return {
    name,
    permissions,
    roles,
    filters: mergeFilters([ownFilters, ...roles.map((role) => role.filters ?? {})]),
    redactionPolicies: roles.flatMap((role) => role.redactionPolicies ?? []),
    suspended: flag(consumer.isSuspended, `${where} is-suspended`, problems),
    allowFeatureOverride: flag(consumer.allowFeatureOverride, `${where} allow-feature-override`, problems),
    onBehalfOf: readOnBehalfOf(consumer.oboConfig, where, problems),
    queueName: readQueueName(consumer.queueName, where, problems),
  };
}

/** Values each filter kind accepts besides `*`; prisons, case-note types and alert codes are open lists. */
const FILTER_VALUES: Partial<Record<FilterKind, readonly string[]>> = {
  mappaCategories: MAPPA_CATEGORIES,
  supervisionStatuses: SUPERVISION_STATUSES,
};

/** `filters:` with no value, or a kind with no value, filters nothing (`prisons: []` is no prison at all). */
function readFilters(value: unknown, where: string, problems: string[]): FilterLists {
  const filters = asMap(value ?? {}, `${where} filters`, problems, [...FILTER_KINDS]);
  const lists: FilterLists = {};
  for (const kind of FILTER_KINDS) {
    if (filters[kind] === undefined || filters[kind] === null) continue;
    const list = stringList(filters[kind], `${where} filters.${kind}`, problems);
    const allowed = FILTER_VALUES[kind];
    const unknown = allowed && list.filter((item) => item !== WILDCARD && !allowed.includes(item));
    if (unknown?.length) problems.push(`${where} filters.${kind} has unknown values ${unknown.join(', ')}`);
    lists[kind] = list;
  }
  return lists;
}

function readOnBehalfOf(value: unknown, where: string, problems: string[]): OnBehalfOfConfig | null {
  if (value === undefined || value === null) return null;
  const config = asMap(value, `${where} obo-config`, problems, [
    'strategy',
    'required',
    'verificationStrategy',
  ]);
  const strategy = config.strategy;
  if (strategy !== 'unsigned' && strategy !== 'entra') {
    problems.push(`${where} obo-config.strategy must be unsigned or entra`);
  }
  const verification = config.verificationStrategy ?? null;
  if (verification !== null && (typeof verification !== 'string' || verification.trim() === '')) {
    problems.push(`${where} obo-config.verification-strategy must be an auth source name`);
  }
  return {
    strategy: strategy as OnBehalfOfStrategy,
    required:
      config.required === undefined ? true : flag(config.required, `${where} obo-config.required`, problems),
    verificationStrategy: verification as string | null,
  };
}

/** A queue id as the HMPPS SQS configuration names queues (lower-case letters and digits). */
function readQueueName(value: unknown, where: string, problems: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^[a-z][a-z0-9]*$/.test(value)) {
    problems.push(`${where} queue-name must be a queue id (lower-case letters and digits)`);
    return null;
  }
  return value;
}

function compilePatterns(patterns: readonly string[], where: string, problems: string[]): RegExp[] {
  const compiled: RegExp[] = [];
  for (const pattern of patterns) {
    const result = compilePathPattern(pattern);
    if (typeof result === 'string')
      problems.push(`${where} has an invalid pattern ${JSON.stringify(pattern)}: ${result}`);
    else compiled.push(result);
  }
  return compiled;
}

function flag(value: unknown, where: string, problems: string[]): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') problems.push(`${where} must be true or false`);
  return value === true;
}

/** A list of strings; as in Spring binding, a single string is a comma-separated list. */
function stringList(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problems.push(`${where} must be a list of strings`);
    return [];
  }
  return value as string[];
}

/** A mapping whose keys are read the way Spring binds them: `case-notes` is `caseNotes`. */
function asMap(
  value: unknown,
  where: string,
  problems: string[],
  allowedKeys?: readonly string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where} must be a mapping`);
    return {};
  }
  const map: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const bound = allowedKeys ? camelCase(key) : key;
    if (allowedKeys && !allowedKeys.includes(bound)) problems.push(`${where} has unknown key ${key}`);
    map[bound] = item;
  }
  return map;
}

function camelCase(key: string): string {
  return key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
