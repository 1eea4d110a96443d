import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One consumer of config/authorisation.local.yaml: its CN, the regexes it may call and its prisons. */
export interface HmppsConsumer {
  name: string;
  patterns: RegExp[];
  /** null: every prison; [] none; else only these. */
  prisons: string[] | null;
}

interface ConsumerEntry {
  include?: string[];
  roles?: string[];
  filters?: { prisons?: string[] | null };
}

export const LOCAL_AUTHORISATION = join(
  __dirname,
  '..',
  '..',
  '..',
  'apps',
  'hmpps-integration-api',
  'config',
  'authorisation.local.yaml',
);

/**
 * Every consumer of the local file, read here independently of the app (the app's own reading is what is
 * under test): a consumer may call a path when one of its own or its roles' regexes matches the whole path.
 */
export function localConsumers(): HmppsConsumer[] {
  const file = parse(readFileSync(LOCAL_AUTHORISATION, 'utf8')) as {
    globals?: { roles?: Record<string, { include?: string[] }> };
    authorisation: { consumers: Record<string, ConsumerEntry> };
  };
  const roles = file.globals?.roles ?? {};
  return Object.entries(file.authorisation.consumers).map(([name, entry]) => ({
    name,
    patterns: [
      ...(entry.include ?? []),
      ...(entry.roles ?? []).flatMap((role) => roles[role]?.include ?? []),
    ].map((pattern) => new RegExp(`^(?:${pattern})$`)),
    prisons: entry.filters?.prisons ?? null,
  }));
}

export function mayCall(consumer: HmppsConsumer, path: string): boolean {
  return consumer.patterns.some((pattern) => pattern.test(path));
}

/** The header the API gateway forwards for a client certificate with this CN. */
export function dnOf(name: string): [string, string] {
  return ['subject-distinguished-name', `C=GB,ST=London,L=London,O=Home Office,CN=${name}`];
}
