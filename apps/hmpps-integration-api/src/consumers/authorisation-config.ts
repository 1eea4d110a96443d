import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConsumerFilters } from './consumer-filters';

/** One consumer (the CN of its client certificate): what it may call and which data it may see. */
export interface ConsumerConfig {
  name: string;
  /** Its own include regexes followed by those of its roles, each compiled for a full match. */
  permissions: RegExp[];
  filters: ConsumerFilters;
}

export interface AuthorisationConfig {
  consumers: Map<string, ConsumerConfig>;
}

/**
 * The file's shape mirrors the reference's Spring configuration so real consumer lists can be
 * copied across:
 *
 *   globals:
 *     roles:
 *       private-prison:
 *         include: ["/v1/persons/[^/]*$"]
 *   authorisation:
 *     consumers:
 *       kilco:
 *         roles: [private-prison]
 *         include: ["/v1/images/.*"]
 *         filters:
 *           prisons: [MDI]
 *
 * A consumer with no value, no `filters` or `filters:` with no value may see every prison.
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

export function parseAuthorisationConfig(text: string, source = 'authorisation config'): AuthorisationConfig {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid YAML: ${(error as Error).message}`);
  }
  const problems: string[] = [];
  const root = asMap(document, 'the document', problems, ['globals', 'authorisation']);
  const globals = asMap(root.globals ?? {}, 'globals', problems, ['roles']);
  const roles = new Map<string, RegExp[]>();
  for (const [roleName, roleValue] of Object.entries(asMap(globals.roles ?? {}, 'globals.roles', problems))) {
    const role = asMap(roleValue ?? {}, `role ${roleName}`, problems, ['include']);
    roles.set(roleName, compilePatterns(role.include, `role ${roleName}`, problems));
  }

  const authorisation = asMap(root.authorisation ?? {}, 'authorisation', problems, ['consumers']);
  const consumers = new Map<string, ConsumerConfig>();
  for (const [name, consumerValue] of Object.entries(
    asMap(authorisation.consumers ?? {}, 'authorisation.consumers', problems),
  )) {
    const where = `consumer ${name}`;
    const consumer = asMap(consumerValue ?? {}, where, problems, ['include', 'roles', 'filters']);
    const permissions = compilePatterns(consumer.include, where, problems);
    for (const roleName of stringList(consumer.roles, `${where} roles`, problems)) {
      const rolePatterns = roles.get(roleName);
      if (rolePatterns) permissions.push(...rolePatterns);
      else problems.push(`${where} refers to unknown role ${roleName}`);
    }
    consumers.set(name, { name, permissions, filters: readFilters(consumer.filters, where, problems) });
  }

  if (problems.length > 0) throw new Error(`${source} is invalid: ${problems.join('; ')}`);
  return { consumers };
}

function readFilters(value: unknown, where: string, problems: string[]): ConsumerFilters {
  const filters = asMap(value ?? {}, `${where} filters`, problems, ['prisons']);
  if (filters.prisons === undefined || filters.prisons === null) return { prisons: null };
  return { prisons: stringList(filters.prisons, `${where} filters.prisons`, problems) };
}

function compilePatterns(value: unknown, where: string, problems: string[]): RegExp[] {
  const patterns: RegExp[] = [];
  for (const pattern of stringList(value, `${where} include`, problems)) {
    try {
      // The reference uses Kotlin's Regex.matches: the whole path must match.
      patterns.push(new RegExp(`^(?:${pattern})$`));
    } catch {
      problems.push(`${where} has an invalid include pattern ${JSON.stringify(pattern)}`);
    }
  }
  return patterns;
}

function stringList(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problems.push(`${where} must be a list of strings`);
    return [];
  }
  return value as string[];
}

function asMap(
  value: unknown,
  where: string,
  problems: string[],
  allowedKeys?: string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where} must be a mapping`);
    return {};
  }
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    if (allowedKeys && !allowedKeys.includes(key)) problems.push(`${where} has unknown key ${key}`);
  }
  return map;
}
