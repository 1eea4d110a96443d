import { closeOf, KtFile } from './kotlin-scan';
import { KotlinIndex } from './kotlin-index';

/** One response redaction of a HEAD redaction policy (`redaction/policies`). */
export interface Redaction {
  /** jsonPath: mask/remove JSON paths; laoRejection: 403 for a limited access offender; personSearchLao: JSON paths on LAO people in `/v1/persons` results. */
  kind: 'jsonPath' | 'laoRejection' | 'personSearchLao';
  laoOnly: boolean;
  /** Path patterns it applies to (HEAD's `{param}` form); null = every path the role reaches. */
  endpoints: string[] | null;
  paths: Array<{ path: string; type: 'MASK' | 'REMOVE' }>;
}

export interface Policy {
  name: string;
  file: string;
  redactions: Redaction[];
  roles: string[];
}

export interface Role {
  name: string;
  file: string;
  permissions: string[];
  /** filter kind (prisons, caseNotes, mappaCategories, alertCodes, supervisionStatuses) → values */
  filters: Record<string, string[]>;
  policies: string[];
}

const FILTER_KINDS = ['prisons', 'caseNotes', 'mappaCategories', 'alertCodes', 'supervisionStatuses'];

/** Blocks `word { … }` directly inside [from, to) of the masked text. */
function blocks(m: string, from: number, to: number, word: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = new RegExp(`\\b${word}\\s*\\{`, 'g');
  re.lastIndex = from;
  for (let match = re.exec(m); match && match.index < to; match = re.exec(m)) {
    const open = match.index + match[0].length - 1;
    const close = closeOf(m, open);
    out.push([open, close]);
    re.lastIndex = close;
  }
  return out;
}

const literals = (src: string, from: number, to: number): string[] =>
  [...src.slice(from, to).matchAll(/-\s*"([^"]+)"/g)].map((x) => x[1]);

function redactionPairs(file: KtFile, from: number, to: number): Redaction['paths'] {
  const { src, m } = file;
  const pairs: Redaction['paths'] = [];
  const text = src.slice(from, to);
  for (const p of text.matchAll(/-\s*\(\s*"([^"]+)"\s+to\s+(MASK|REMOVE)\s*\)/g))
    pairs.push({ path: p[1], type: p[2] as 'MASK' | 'REMOVE' });
  for (const ref of m.slice(from, to).matchAll(/-\s*([a-z]\w*)\b/g)) {
    const range = file.topLevelVals.get(ref[1]);
    if (!range) continue;
    for (const p of src.slice(range[0], range[1]).matchAll(/Pair\(\s*"([^"]+)"\s*,\s*(MASK|REMOVE)\s*\)/g))
      pairs.push({ path: p[1], type: p[2] as 'MASK' | 'REMOVE' });
  }
  return pairs;
}

export function readPolicies(index: KotlinIndex, base: string): { policies: Policy[]; roles: Role[] } {
  const policies: Policy[] = [];
  const policyByVal = new Map<string, Policy>();
  for (const file of index.files.filter((f) => f.path.startsWith(`${base}/redaction/policies`))) {
    const { src, m } = file;
    for (const def of m.matchAll(/\bval\s+(\w+)\s*=\s*redactionPolicy\(/g)) {
      const nameAt = (def.index as number) + def[0].length;
      const name = /^\s*"([^"]+)"/.exec(src.slice(nameAt))?.[1] as string;
      const open = m.indexOf('{', nameAt);
      const close = closeOf(m, open);
      const redactions: Redaction[] = [];
      for (const kind of ['jsonPath', 'laoRejection', 'personSearchLao'] as const) {
        for (const [a, b] of blocks(m, open, close, kind)) {
          const endpointBlocks = blocks(m, a, b, 'endpoints');
          const endpoints = endpointBlocks.length
            ? endpointBlocks.flatMap(([x, y]) => literals(src, x, y))
            : null;
          const redactionBlocks = blocks(m, a, b, 'redactions');
          redactions.push({
            kind,
            laoOnly: kind !== 'jsonPath' || /laoOnly\(\s*true\s*\)/.test(m.slice(a, b)),
            endpoints: kind === 'personSearchLao' ? ['/v1/persons'] : endpoints,
            paths: redactionBlocks.flatMap(([x, y]) => redactionPairs(file, x, y)),
          });
        }
      }
      const policy: Policy = { name, file: file.path, redactions, roles: [] };
      policies.push(policy);
      policyByVal.set(`${file.pkg}.${def[1]}`, policy);
    }
  }
  const roles: Role[] = [];
  const roleVals = new Map<string, Role>();
  const pendingInherits: Array<{ role: Role; from: string }> = [];
  const constants = index.files.find((f) => f.topLevelVals.has('roleConstants'));
  const allEndpoints = constants
    ? (() => {
        const [a, b] = constants.topLevelVals.get('roleConstants') as [number, number];
        return blocks(constants.m, a, b, 'allEndpoints').flatMap(([x, y]) => literals(constants.src, x, y));
      })()
    : [];
  for (const file of index.files.filter(
    (f) => f.path.startsWith(`${base}/roles/`) && !f.path.includes('/dsl/'),
  )) {
    const { src, m } = file;
    for (const def of m.matchAll(/\bval\s+(\w+)\s*=\s*role\(\s*"[^"]*"\s*\)\s*\{/g)) {
      const name = /role\(\s*"([^"]+)"/.exec(src.slice(def.index as number))?.[1] as string;
      const open = (def.index as number) + def[0].length - 1;
      const close = closeOf(m, open);
      const permissions: string[] = [];
      const role: Role = { name, file: file.path, permissions, filters: {}, policies: [] };
      for (const [a, b] of blocks(m, open, close, 'permissions')) {
        permissions.push(...literals(src, a, b));
        if (/roleConstants\.allEndpoints/.test(m.slice(a, b))) permissions.push(...allEndpoints);
        for (const inherit of m.slice(a, b).matchAll(/-\s*(\w+)\.permissions/g))
          pendingInherits.push({ role, from: inherit[1] });
      }
      for (const [a, b] of blocks(m, open, close, 'filters')) {
        for (const kind of FILTER_KINDS) {
          for (const [x, y] of blocks(m, a, b, kind)) {
            role.filters[kind] = [
              ...(role.filters[kind] ?? []),
              ...literals(src, x, y),
              ...[...m.slice(x + 1, y - 1).matchAll(/-\s*([A-Z][\w.]*)/g)].map((v) => v[1]),
            ];
          }
        }
      }
      for (const [a, b] of blocks(m, open, close, 'redactionPolicies')) {
        for (const ref of m.slice(a, b).matchAll(/-\s*(\w+)/g)) {
          const fq = file.imports.get(ref[1]) ?? `${file.pkg}.${ref[1]}`;
          const policy = policyByVal.get(fq);
          if (!policy) throw new Error(`role ${name}: unknown redaction policy ${ref[1]}`);
          role.policies.push(policy.name);
          policy.roles.push(name);
        }
      }
      roles.push(role);
      roleVals.set(def[1], role);
    }
  }
  for (const { role, from } of pendingInherits) {
    const source = roleVals.get(from);
    if (!source) throw new Error(`role ${role.name}: unknown role ${from}`);
    role.permissions.push(...source.permissions);
  }
  return { policies, roles };
}

/**
 * Whether a HEAD path pattern (a role permission or a redaction endpoint) matches an operation's path.
 * As HEAD's `normalisePath`: every `{param}` is one segment of letters, digits, `_` and `-`, and the
 * rest of the pattern is a regular expression matched against the whole request path.
 */
export function endpointMatches(pattern: string, path: string): boolean {
  const sample = path.replace(/\{[^}]+\}/g, 'X0_-');
  const source =
    pattern === '/.*'
      ? pattern
      : pattern
          .replace(/\{[^}]+\}/g, '[a-zA-Z0-9_-]+')
          .replace(/^\^/, '')
          .replace(/\$$/, '');
  return new RegExp(`^${source.startsWith('/') ? source : `/${source}`}$`).test(sample);
}
