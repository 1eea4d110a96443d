/*
 * Regenerates head-operations.json and shapes/*.json from a checkout of HEAD's source (see the
 * contract README for how to run it). Mechanical facts come from HEAD's Kotlin; the hand-written
 * `notes.facts` of each operation and the whole of our-only-operations.json are kept as they are.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallGraph, Reach } from './head-calls';
import { exceptionStatuses, HeadHandler, readControllers } from './head-controllers';
import { endpointMatches, readPolicies } from './head-redaction';
import { KotlinIndex } from './kotlin-index';
import { parseType } from './kotlin-scan';
import { JsonSchema, SchemaBuilder } from './kotlin-schema';
import { shapeFileName } from '../operation-key';

const BASE = 'src/main/kotlin/uk/gov/justice/digital/hmpps/hmppsintegrationapi';

/** Facts the source reader cannot infer on its own, each with the line of HEAD that decides it. */
const SCHEMA_OPTIONS = {
  implementations: {
    // PersonController.getPerson answers 200 with DataResponse(OffenderSearchResult); the other
    // implementation, OffenderSearchRedirectionResult, becomes a 303 without a body.
    'uk.gov.justice.digital.hmpps.hmppsintegrationapi.models.hmpps.OffenderSearchResponse':
      'uk.gov.justice.digital.hmpps.hmppsintegrationapi.models.hmpps.OffenderSearchResult',
  },
  inferredTypes: {} as Record<string, string>,
};

interface Args {
  gitDir: string;
  commit: string;
  ours: string;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string, fallback?: string): string => {
    const at = argv.indexOf(`--${name}`);
    const value = at >= 0 ? argv[at + 1] : fallback;
    if (!value) throw new Error(`missing --${name}`);
    return value;
  };
  return {
    gitDir: get('git-dir'),
    commit: get('commit'),
    ours: get('ours'),
    out: get('out', 'apps/hmpps-integration-api/contract'),
  };
}

function checkout(gitDir: string, commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hmpps-head-'));
  const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', commit, 'src/main'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

/** Flag name → value per environment, from `feature-flag:` of each application-<env>.yml. */
function flagDefaults(root: string): Record<string, Record<string, boolean>> {
  const out: Record<string, Record<string, boolean>> = {};
  for (const env of ['local', 'dev', 'preprod', 'prod']) {
    const file = join(root, `src/main/resources/application-${env}.yml`);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const section = /^feature-flag:\n((?:[ #].*\n|\n)*)/m.exec(text)?.[1] ?? '';
    for (const line of section.matchAll(/^\s+([\w-]+):\s*(true|false)/gm)) {
      out[line[1]] = { ...(out[line[1]] ?? {}), [env]: line[2] === 'true' };
    }
  }
  return out;
}

/** Our operations, from our app's /v3/api-docs: normalised `METHOD path` → our path. */
function ourOperations(file: string): Map<string, string> {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const out = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) {
      if (['get', 'put', 'post', 'delete', 'patch'].includes(method))
        out.set(`${method.toUpperCase()} ${normalise(path)}`, path);
    }
  }
  return out;
}

const normalise = (path: string): string => path.replace(/\{[^}]+\}/g, '{}');

/**
 * Gateways (and queues/topics) the operation gets its data from. Where the person lookup is itself the
 * data (e.g. /name, /hmpps/id), the gateways GetPersonService calls are the upstreams.
 */
function upstreamsOf(reach: Reach): string[] {
  const own = [...new Set(reach.upstreamCalls.map((c) => c.split('.')[0]))].sort();
  const direct = [...new Set(reach.directCalls.map((c) => `${c.split(' ')[0]} (direct WebClient)`))];
  const writes = [...reach.queues.map((q) => `sqs:${q}`), ...reach.topics.map((t) => `sns:${t}`)];
  if (own.length || direct.length || writes.length) return [...own, ...direct, ...writes];
  return [...new Set(reach.identityCalls.map((c) => c.split('.')[0]))].sort();
}

/** What the GetPersonService method a handler resolves the person with does with the consumer's filters. */
function personResolutionFilters(calls: string[]): string[] {
  const facts: string[] = [];
  for (const call of calls) {
    if (/^getNomisNumber\([^,()]+,\s*[^)\s]/.test(call)) {
      facts.push(
        `prisons, supervisionStatuses: ${call} — a person whose current prison is not one of the consumer's prisons, or whose supervision status (PRISONS/PROBATION/NONE/UNKNOWN) the consumer's supervisionStatuses leave out, is 404 "The requested resource could not be found" with moreInfo (FilterViolationException)`,
      );
    } else if (call.startsWith('getPrisoner(')) {
      facts.push(
        `prisons: ${call} — a prisoner whose current prison is not one of the consumer's prisons is an ENTITY_NOT_FOUND from prisoner search`,
      );
    } else if (call.startsWith('getPersonWithPrisonFilter(')) {
      facts.push(
        `prisons: ${call} — a prisoner whose current prison is not one of the consumer's prisons is an ENTITY_NOT_FOUND`,
      );
    } else if (call.startsWith('getCombinedDataForPerson(')) {
      facts.push(
        `supervisionStatuses: ${call} — a consumer limited to PROBATION gets 403 "Not under active supervision. Access denied." for a person not under active supervision; a consumer with supervisionStatuses but without PRISONS gets prisonerOffenderSearch null`,
      );
    }
  }
  return facts;
}

function responseModel(returnType: string): string {
  const t = parseType(returnType);
  return t.name === 'ResponseEntity' && t.args[0]
    ? returnType.replace(/^ResponseEntity<(.*)>$/, '$1')
    : returnType;
}

interface Existing {
  operations: Array<{ key: string; notes?: { facts?: string[] }; upstreamsNote?: string }>;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const root = checkout(args.gitDir, args.commit);
  try {
    const index = new KotlinIndex(root, ['src/main/kotlin']);
    const handlers = readControllers(index, `${BASE}/controllers`);
    const graph = new CallGraph(index);
    const statuses = exceptionStatuses(index);
    const { policies, roles } = readPolicies(index, BASE);
    const flags = flagDefaults(root);
    const ours = ourOperations(args.ours);
    const existingFile = join(args.out, 'head-operations.json');
    const existing: Existing = existsSync(existingFile)
      ? JSON.parse(readFileSync(existingFile, 'utf8'))
      : { operations: [] };
    const curated = new Map(existing.operations.map((o) => [o.key, o]));
    const warnings: string[] = [];

    const advice = index.classesNamed('ErrorResponse')[0];
    const errorShapes = {
      ErrorResponse: new SchemaBuilder(index).schemaOf('ErrorResponse', advice),
      ValidationErrorResponse: new SchemaBuilder(index).schemaOf('ValidationErrorResponse', advice),
    };

    // everything is written to a fresh directory first and moved into place only when all of it succeeded
    const staging = mkdtempSync(join(tmpdir(), 'hmpps-contract-'));
    const shapesDir = join(staging, 'shapes');
    mkdirSync(shapesDir, { recursive: true });
    for (const [name, schema] of Object.entries(errorShapes)) {
      writeJson(join(shapesDir, `_${name}.json`), {
        model: name,
        headCommit: args.commit,
        sources: [advice.file.path],
        schema: withDialect(schema),
      });
    }

    const operations = handlers.map((h) => {
      const key = `${h.method} ${h.path}`;
      const reach = graph.reach(h.calls.filter((c) => c.cls.name !== 'AuditService'));
      const builder = new SchemaBuilder(index, SCHEMA_OPTIONS);
      const responses = responsesOf(h, builder, warnings);
      const shapeFile = `shapes/${shapeFileName(key)}`;
      writeJson(join(staging, shapeFile), {
        operation: key,
        headCommit: args.commit,
        responseModel: responseModel(h.returnType),
        sources: [h.controllerFile, ...[...builder.sources].sort()],
        responses,
      });
      for (const w of builder.warnings) warnings.push(`${key}: ${w}`);
      const ourPath = ours.get(`${h.method} ${normalise(h.path)}`);
      const previous = curated.get(key);
      // a policy matters where one of its roles may call the path and the redaction names it (or names no path)
      const redaction = policies.flatMap((p) => {
        const reachingRoles = p.roles.filter((name) =>
          roles.find((r) => r.name === name)?.permissions.some((perm) => endpointMatches(perm, h.path)),
        );
        if (!reachingRoles.length) return [];
        return p.redactions
          .filter((r) => r.endpoints === null || r.endpoints.some((e) => endpointMatches(e, h.path)))
          .map((r) => ({
            policy: p.name,
            roles: reachingRoles,
            ...(r.kind === 'laoRejection'
              ? {
                  effect:
                    '403 "Attempt to access a limited access case" when nDelius says the case is restricted or excluded for the user',
                }
              : {
                  effect: `${r.laoOnly ? 'for limited access offenders only: ' : ''}${r.paths.map((x) => `${x.type} ${x.path}`).join(', ')}${r.kind === 'personSearchLao' ? ' (on each result with access restrictions)' : ''}`,
                }),
            ...(r.endpoints === null ? { scope: 'every path of the role' } : {}),
          }));
      });
      return {
        key,
        method: h.method,
        path: h.path,
        controller: h.controller,
        handler: h.handler,
        featureFlag: h.featureFlag,
        responseModel: responseModel(h.returnType),
        upstreams: upstreamsOf(reach),
        shared: ourPath !== undefined,
        ...(ourPath !== undefined && ourPath !== h.path ? { ourPath } : {}),
        shapeFile,
        source: h.controllerFile,
        notes: {
          successStatus: h.successStatus,
          ...(h.deprecated ? { deprecated: true } : {}),
          pathParams: h.pathParams,
          queryParams: h.queryParams,
          ...(h.requestBody ? { requestBody: h.requestBody } : {}),
          documentedResponses: h.documentedResponses,
          raises: h.raises,
          ...(reach.serviceThrows.length
            ? {
                serviceRaises: reach.serviceThrows.map((t) => ({
                  status: statuses.get(t.exception) ?? statuses.get('Exception') ?? 'unmapped',
                  ...t,
                })),
              }
            : {}),
          auditEvents: [...h.auditEvents, ...reach.auditEvents.filter((e) => !h.auditEvents.includes(e))],
          ...(h.featureFlag
            ? {
                featureFlagDefaults: flags[h.featureFlag] ?? {},
                featureFlagOff: `503 "Feature flag is disabled: ${h.featureFlag}"`,
              }
            : {}),
          filters: {
            documented: h.documentedFilters,
            inCode: [...personResolutionFilters(reach.personResolution), ...reach.filterUses],
          },
          personResolution: reach.personResolution,
          upstreamCalls: [...reach.upstreamCalls, ...reach.directCalls.map((c) => `direct: ${c}`)],
          identityCalls: reach.identityCalls,
          redaction,
          facts: previous?.notes?.facts ?? [],
        },
      };
    });

    writeJson(join(staging, 'head-operations.json'), {
      headCommit: args.commit,
      generatedBy: 'apps/hmpps-integration-api/contract/tools/generate-head-contract.ts',
      counts: {
        operations: operations.length,
        handlerMethods: new Set(handlers.map((h) => `${h.controller}.${h.handler}`)).size,
        controllers: new Set(handlers.map((h) => h.controller)).size,
        shared: operations.filter((o) => o.shared).length,
      },
      operations,
    });
    writeJson(join(staging, 'head-roles.json'), {
      headCommit: args.commit,
      roles,
      redactionPolicies: policies,
    });
    const finalShapes = join(args.out, 'shapes');
    rmSync(finalShapes, { recursive: true, force: true });
    cpSync(shapesDir, finalShapes, { recursive: true });
    for (const file of ['head-operations.json', 'head-roles.json'])
      cpSync(join(staging, file), join(args.out, file));
    rmSync(staging, { recursive: true, force: true });
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(
      `${operations.length} operations, ${readdirSync(finalShapes).length} shape files, ${warnings.length} warnings\n`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function withDialect(schema: JsonSchema): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema };
}

/** The success response, and the error bodies whose model is not HEAD's standard ErrorResponse. */
function responsesOf(h: HeadHandler, builder: SchemaBuilder, warnings: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const model = parseType(responseModel(h.returnType));
  if (model.name === 'ByteArray') {
    out[String(h.successStatus)] = { contentType: 'image/jpeg', binary: true };
  } else if (model.name === 'Unit' || (model.name === 'Response' && model.args[0]?.name === 'Unit')) {
    // the handler only ever throws (e.g. the deprecated expression of interest)
  } else {
    out[String(h.successStatus)] = {
      contentType: 'application/json',
      schema: withDialect(builder.schemaOf(responseModel(h.returnType), h.owner)),
    };
  }
  if (h.documentedResponses.some((r) => r.status === '303')) {
    out['303'] = {
      body: false,
      headers: ['Location'],
      when: 'the NOMIS number is known to prisoner search only as a MERGED identifier: Location is /v1/persons/<surviving number>',
    };
  }
  if (h.requestBody?.validated) {
    out['400'] = {
      contentType: 'application/json',
      when: 'the request body fails bean validation (@Valid): ValidationErrorResponse; other 400s use ErrorResponse',
      schemaRef: 'shapes/_ValidationErrorResponse.json',
    };
  }
  const gone = h.raises.find((r) => r.status === 410);
  if (gone)
    out['410'] = {
      contentType: 'application/json',
      when: `always: the handler only throws ${gone.exception}`,
      schemaRef: 'shapes/_ErrorResponse.json',
    };
  if (!Object.keys(out).length) warnings.push(`${h.method} ${h.path}: no response recorded`);
  return out;
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

main();
