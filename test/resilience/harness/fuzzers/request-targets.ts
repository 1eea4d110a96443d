import type { AppUnderTest } from '../describe-apps';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseLog } from '../case-log';
import { answerProblems } from '../envelope-checks';
import { dnOf, localConsumers } from '../hmpps-consumers';
import { fetchOperations, fillPath } from '../openapi';
import { targetVariants } from '../raw-targets';
import { requestBase } from '../request-base';
import { Answer, describeAnswer, describeRaw, RawSpec, sendRaw } from '../send';

/** A caller of the fuzzer: its headers, and whether it may call a route (by the route's plain path). */
interface Caller {
  label: string;
  headers: Array<[string, string]>;
  mayCall(path: string): boolean;
}

const DN = 'subject-distinguished-name';

/**
 * The callers to try: the app's allowed caller, or for hmpps-integration-api one consumer of each distinct
 * set of permissions over these paths (consumers that may call the same routes would answer alike).
 */
function callersOf(app: AppUnderTest, paths: string[], base: Array<[string, string]>): Caller[] {
  if (app.target.name !== 'hmpps-integration-api') {
    return [{ label: 'an allowed caller', headers: base, mayCall: () => true }];
  }
  const others = base.filter(([name]) => name.toLowerCase() !== DN);
  const byPermissions = new Map<string, Caller>();
  for (const consumer of localConsumers()) {
    const signature = paths.map((path) => (consumer.mayCall(path) ? '1' : '0')).join('');
    const known = byPermissions.get(signature);
    if (known) {
      known.label += `, ${consumer.name}`;
      continue;
    }
    byPermissions.set(signature, {
      label: consumer.name,
      headers: [...others, dnOf(consumer.name)],
      mayCall: consumer.mayCall,
    });
  }
  return [...byPermissions.values()];
}

/** One route to send in every spelling: an operation of the document, or a page outside it. */
interface Route {
  method: string;
  label: string;
  path: string;
  query: string;
  body: unknown;
  callers: Caller[];
}

function rawSpec(method: string, target: string, headers: Array<[string, string]>, body: unknown): RawSpec {
  if (body === undefined) return { method, target, headers };
  const named = headers.some(([name]) => name.toLowerCase() === 'content-type');
  return {
    method,
    target,
    headers: named ? headers : [...headers, ['content-type', 'application/json']],
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/**
 * Raw request targets (fragments, encodings, dot segments, control characters, absolute form, `;`) on every
 * route and method, for every caller: each hmpps consumer of the local file, else the app's allowed caller;
 * and on every page outside the document (`pagePaths`) as a visitor who is not signed in.
 */
export function requestTargetsFuzzer(app: () => AppUnderTest): void {
  it('never serves a route to a caller its patterns do not allow, nor a target the router would read differently, however the target is written', async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    const bases = await Promise.all(operations.map((operation) => requestBase(app(), operation)));
    const paths = bases.map((base) => fillPath(base.operation, base.pathValues));
    const routes: Route[] = bases.map((base, index) => {
      const query = new URLSearchParams(base.query).toString();
      return {
        method: base.operation.method,
        label: base.operation.path,
        path: paths[index],
        query: query ? `?${query}` : '',
        body: base.body,
        callers: callersOf(app(), paths, base.headers),
      };
    });
    // The pages are outside the document: asked for by a visitor who is not signed in.
    const visitor: Caller = { label: 'a signed-out visitor', headers: [], mayCall: () => true };
    for (const path of target.pagePaths ?? []) {
      routes.push({
        method: 'GET',
        label: `page ${path}`,
        path,
        query: '',
        body: undefined,
        callers: [visitor],
      });
    }
    for (const route of routes) {
      for (const caller of route.callers) {
        for (const variant of targetVariants(route.path, route.query, world.url)) {
          const spec = rawSpec(route.method, variant.target, caller.headers, route.body);
          const label = `${route.method} ${route.label} as ${caller.label}, ${variant.label}: ${describeRaw(spec)}`;
          let answer: Answer;
          try {
            answer = await sendRaw(world.url, spec);
          } catch (error) {
            log.check(label, [`no answer: ${(error as Error).message}`]);
            continue;
          }
          const problems = answerProblems(
            answer,
            { method: spec.method, path: spec.target },
            target.envelopeProblems,
          );
          const served = answer.status < 400;
          if (served && variant.ambiguous)
            problems.push(`served (${answer.status}) a target the router reads differently`);
          if (served && !caller.mayCall(variant.routed))
            problems.push(`served (${answer.status}) a route ${caller.label} may not call`);
          log.check(`${label} → ${describeAnswer(answer)}`, problems);
        }
      }
    }
    log.finish();
  });
}

/** The stand-in's prisoners and where each is held, read from its fixture (not from the app). */
const PRISONERS = (
  JSON.parse(
    readFileSync(
      join(
        __dirname,
        '..',
        '..',
        '..',
        '..',
        'apps',
        'upstream-stubs',
        'fixtures',
        'hmpps',
        'prisoner-offender-search',
        'prisoners.json',
      ),
      'utf8',
    ),
  ) as Array<{ prisonerNumber: string; prisonId: string }>
).map(({ prisonerNumber, prisonId }) => ({ id: prisonerNumber, prisonId }));
/** A prisoner number no upstream knows. */
const UNKNOWN_PRISONER = 'Z9999ZZ';
const PERSON_PARAMETERS = ['hmppsId', 'encodedHmppsId', 'nomisNumber', 'prisonerId'];

/**
 * No data outside a consumer's scope: on every operation the document says applies the prison filter, a
 * prisoner held outside the consumer's prisons gets the answer a prisoner who does not exist gets.
 */
export function prisonScopeFuzzer(app: () => AppUnderTest): void {
  it('answers a prison-limited consumer about a prisoner held elsewhere exactly as about one who does not exist', async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    for (const consumer of localConsumers().filter((candidate) => candidate.prisons !== null)) {
      const outside = PRISONERS.filter((prisoner) => !consumer.prisons!.includes(prisoner.prisonId));
      const ownPrison = consumer.prisons![0] ?? 'MDI';
      for (const operation of operations) {
        const person = operation.parameters.find(
          (parameter) => parameter.in === 'path' && PERSON_PARAMETERS.includes(parameter.name),
        );
        // The operations the document says apply the consumer's prison filter.
        if (!person || !/Applicable filters: prisons/.test(operation.description)) continue;
        const base = await requestBase(app(), operation);
        const pathFor = (id: string) =>
          fillPath(operation, {
            ...base.pathValues,
            [person.name]: id,
            ...('prisonId' in base.pathValues ? { prisonId: ownPrison } : {}),
          });
        if (!consumer.mayCall(pathFor(PRISONERS[0].id))) continue;
        const query = new URLSearchParams(base.query).toString();
        const headers: Array<[string, string]> = [
          ...base.headers.filter(([name]) => name.toLowerCase() !== DN),
          dnOf(consumer.name),
        ];
        const ask = (id: string) =>
          sendRaw(
            world.url,
            rawSpec(operation.method, `${pathFor(id)}${query ? `?${query}` : ''}`, headers, base.body),
          );
        const unknown = await ask(UNKNOWN_PRISONER);
        for (const prisoner of outside) {
          const answer = await ask(prisoner.id);
          // Each answer has its own time and trace id (a 404's moreInfo): neither tells the prisoners apart.
          const same = (text: string, id: string) =>
            text
              .split(id)
              .join('{id}')
              .replace(/"timestamp":"[^"]*"/, '')
              .replace(/\b[0-9a-f]{32}\b/g, '{trace}');
          const problems: string[] = [];
          if (answer.status < 400)
            problems.push(`served ${prisoner.id} (held at ${prisoner.prisonId}) to ${consumer.name}`);
          if (
            answer.status !== unknown.status ||
            same(answer.text, prisoner.id) !== same(unknown.text, UNKNOWN_PRISONER)
          )
            problems.push(`differs from an unknown prisoner: ${describeAnswer(unknown)}`);
          log.check(
            `${operation.method} ${pathFor(prisoner.id)} as ${consumer.name} (held at ${prisoner.prisonId}) → ${describeAnswer(answer)}`,
            problems,
          );
        }
      }
    }
    log.finish();
  });
}
