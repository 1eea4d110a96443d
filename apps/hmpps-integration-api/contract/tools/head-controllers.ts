import {
  annotationString,
  Annotation,
  closeOf,
  KtClass,
  KtFunction,
  Param,
  parseType,
  typeToString,
} from './kotlin-scan';
import { KotlinIndex } from './kotlin-index';

/** What HEAD's controllers declare about one method + path. */
export interface HeadHandler {
  method: string;
  path: string;
  controller: string;
  controllerFile: string;
  handler: string;
  /** The flag's configuration name (e.g. `use-active-alerts-endpoint`), or null. */
  featureFlag: string | null;
  returnType: string;
  successStatus: number;
  pathParams: Array<{ name: string; type: string }>;
  queryParams: Array<{
    name: string;
    type: string;
    required: boolean;
    default?: string;
    minimum?: string;
    format?: string;
  }>;
  requestBody?: { type: string; validated: boolean; required: boolean };
  documentedResponses: Array<{ status: string; schema?: string; description?: string }>;
  /** Errors the handler itself raises: status (from HEAD's exception handler) and message template. */
  raises: Array<{ status: number | string; exception: string; message: string | null }>;
  auditEvents: string[];
  documentedFilters: string[];
  deprecated: boolean;
  /** Controller dependencies the handler calls: field type → methods. */
  calls: Array<{ cls: KtClass; method: string; args: string }>;
  fn: KtFunction;
  owner: KtClass;
}

const MAPPINGS: Record<string, string | undefined> = {
  GetMapping: 'GET',
  PostMapping: 'POST',
  PutMapping: 'PUT',
  DeleteMapping: 'DELETE',
  PatchMapping: 'PATCH',
  RequestMapping: undefined,
};

const stringsOf = (text: string): string[] => [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]);

function mappingPaths(a: Annotation): string[] {
  const cleaned = a.args
    .replace(/\b(produces|consumes|name|headers|params)\s*=\s*(\[[^\]]*\]|"[^"]*"|[\w.]+)/g, '')
    .replace(/\bmethod\s*=\s*\[[^\]]*\]/g, '');
  const paths = stringsOf(cleaned);
  return paths.length ? paths : [''];
}

function join(prefix: string, sub: string): string {
  if (!sub) return prefix || '/';
  if (!prefix) return sub.startsWith('/') ? sub : `/${sub}`;
  return `${prefix.replace(/\/$/, '')}${sub.startsWith('/') ? '' : '/'}${sub}`;
}

/** Exception class → HTTP status, as HEAD's `@RestControllerAdvice` maps them. */
export function exceptionStatuses(index: KotlinIndex): Map<string, number> {
  const statuses: Record<string, number> = {
    BAD_REQUEST: 400,
    UNAUTHORIZED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    CONFLICT: 409,
    GONE: 410,
    INTERNAL_SERVER_ERROR: 500,
    BAD_GATEWAY: 502,
    SERVICE_UNAVAILABLE: 503,
  };
  const out = new Map<string, number>();
  const advice = index.files
    .flatMap((f) => f.classes)
    .find((c) => c.annotations.some((a) => a.name === 'RestControllerAdvice'));
  if (!advice) throw new Error('no @RestControllerAdvice in HEAD');
  for (const fn of advice.functions) {
    const handled = fn.annotations.find((a) => a.name === 'ExceptionHandler');
    if (!handled) continue;
    const body = advice.file.src.slice(fn.start, fn.end);
    const status = /\.status\((?:HttpStatus\.)?(\w+)\)/.exec(body)?.[1];
    for (const m of handled.args.matchAll(/([\w.]+)::class/g)) {
      const name = m[1].split('.').pop() as string;
      if (status && statuses[status]) out.set(name, statuses[status]);
    }
  }
  return out;
}

/** Every handler method of every `@RestController` under `dir`. */
export function readControllers(index: KotlinIndex, dir: string): HeadHandler[] {
  const statuses = exceptionStatuses(index);
  const flags = featureFlagNames(index);
  const handlers: HeadHandler[] = [];
  for (const file of index.files.filter((f) => f.path.startsWith(dir))) {
    for (const cls of file.classes.filter((c) => c.annotations.some((a) => a.name === 'RestController'))) {
      const prefix = mappingPaths(
        cls.annotations.find((a) => a.name === 'RequestMapping') ?? { name: '', args: '' },
      )[0];
      for (const fn of cls.functions) {
        const mapping = fn.annotations.find((a) => a.name in MAPPINGS);
        if (!mapping) continue;
        const methods = MAPPINGS[mapping.name]
          ? [MAPPINGS[mapping.name] as string]
          : [...mapping.args.matchAll(/RequestMethod\.(\w+)/g)].map((m) => m[1]);
        const flagRef = /name\s*=\s*([\w.]+)/.exec(
          fn.annotations.find((a) => a.name === 'FeatureFlag')?.args ?? '',
        )?.[1];
        const flag = flagRef ? (flags.get(flagRef.split('.').pop() as string) ?? null) : null;
        if (flagRef && !flag) throw new Error(`unknown feature flag ${flagRef}`);
        const operation = fn.annotations.find((a) => a.name === 'Operation');
        const base = describe(index, cls, fn, statuses);
        for (const method of methods) {
          for (const sub of mappingPaths(mapping)) {
            handlers.push({
              ...base,
              method,
              path: join(prefix, sub),
              controller: cls.name,
              controllerFile: file.path,
              handler: fn.name,
              featureFlag: flag,
              deprecated:
                /deprecated\s*=\s*true/.test(operation?.args ?? '') ||
                fn.annotations.some((a) => a.name === 'Deprecated'),
            });
          }
        }
      }
    }
  }
  return handlers;
}

/** Companion constant name → flag name, from `FeatureFlagConfig`. */
function featureFlagNames(index: KotlinIndex): Map<string, string> {
  const out = new Map<string, string>();
  const cfg = index.classesNamed('FeatureFlagConfig')[0];
  if (!cfg) return out;
  const text = cfg.file.src.slice(cfg.start, cfg.bodyEnd);
  for (const m of text.matchAll(/const val (\w+)\s*=\s*"([^"]+)"/g)) out.set(m[1], m[2]);
  return out;
}

function describe(
  index: KotlinIndex,
  cls: KtClass,
  fn: KtFunction,
  statuses: Map<string, number>,
): Omit<
  HeadHandler,
  'method' | 'path' | 'controller' | 'controllerFile' | 'handler' | 'featureFlag' | 'deprecated'
> {
  const { src, m } = cls.file;
  const pathParams: HeadHandler['pathParams'] = [];
  const queryParams: HeadHandler['queryParams'] = [];
  let requestBody: HeadHandler['requestBody'];
  for (const p of fn.params) {
    const has = (name: string): Annotation | undefined => p.annotations.find((a) => a.name === name);
    const type = p.type;
    if (has('PathVariable')) {
      pathParams.push({ name: annotationString(has('PathVariable')) || p.name, type });
    } else if (has('RequestParam')) {
      const a = has('RequestParam') as Annotation;
      const name =
        /\bname\s*=\s*"([^"]+)"/.exec(a.args)?.[1] ??
        /\bvalue\s*=\s*"([^"]+)"/.exec(a.args)?.[1] ??
        /^\s*"([^"]+)"/.exec(a.args)?.[1] ??
        p.name;
      const defaultValue = /\bdefaultValue\s*=\s*"([^"]*)"/.exec(a.args)?.[1];
      const explicitlyOptional = /\brequired\s*=\s*false/.test(a.args);
      const required =
        !explicitlyOptional &&
        defaultValue === undefined &&
        !parseType(type).nullable &&
        p.defaultValue === undefined;
      const minimum = /minimum\s*=\s*"([^"]+)"/.exec(has('Parameter')?.args ?? '')?.[1];
      const iso = /iso\s*=\s*DateTimeFormat\.ISO\.(\w+)/.exec(has('DateTimeFormat')?.args ?? '')?.[1];
      queryParams.push({
        name,
        type,
        required,
        ...(defaultValue !== undefined ? { default: defaultValue } : {}),
        ...(minimum ? { minimum } : {}),
        ...(iso ? { format: `ISO ${iso}` } : {}),
      });
    } else if (has('RequestBody')) {
      requestBody = { type, validated: !!has('Valid'), required: !parseType(type).nullable };
    }
  }
  const operation = fn.annotations.find((a) => a.name === 'Operation');
  const documentedResponses: HeadHandler['documentedResponses'] = [];
  for (const r of (operation?.args ?? '').matchAll(
    /ApiResponse\(([\s\S]*?responseCode\s*=\s*"(\d+)"[\s\S]*?)\)\s*,?\s*(?=ApiResponse\(|\]|$)/g,
  )) {
    const ref =
      /ref\s*=\s*"#\/components\/schemas\/(\w+)"/.exec(r[1])?.[1] ??
      /implementation\s*=\s*(\w+)::class/.exec(r[1])?.[1];
    const description = /description\s*=\s*"([^"]*)"/.exec(r[1])?.[1];
    documentedResponses.push({
      status: r[2],
      ...(ref ? { schema: ref } : {}),
      ...(description ? { description } : {}),
    });
  }
  const description = /description\s*=\s*((?:"[^"]*"\s*\+?\s*)+)/.exec(operation?.args ?? '')?.[1] ?? '';
  const filterList =
    /Applicable filters<\/b>:\s*<ul>(.*?)<\/ul>/.exec(stringsOf(description).join(''))?.[1] ?? '';
  const documentedFilters = [...filterList.matchAll(/<li>(\w+)<\/li>/g)].map((x) => x[1]);

  const body = src.slice(fn.bodyStart, fn.end);
  const maskedBody = m.slice(fn.bodyStart, fn.end);
  // the handler's own throws, and those of the private helpers it calls (e.g. `ensureResponse`)
  const helpers = [...cls.functions, ...cls.file.functions].filter(
    (f) => f !== fn && new RegExp(`(?<![\\w.])${f.name}\\s*\\(`).test(maskedBody),
  );
  // and the request model's own validate(), where the handler calls it (contact and address search)
  const requestModel =
    requestBody && /\.validate\(\)/.test(maskedBody)
      ? index.resolve(parseType(requestBody.type).name, cls, true)
      : undefined;
  const validators = (requestModel?.functions ?? [])
    .filter((f) => f.name === 'validate')
    .map((f) => ({ f, file: requestModel!.file }));
  const raises: HeadHandler['raises'] = [];
  for (const { f: scope, file } of [...[fn, ...helpers].map((f) => ({ f, file: cls.file })), ...validators]) {
    const text = file.src.slice(scope.start, scope.end);
    const masked = file.m.slice(scope.start, scope.end);
    for (const t of masked.matchAll(/throw\s+(\w+)\s*\(/g)) {
      const open = (t.index as number) + t[0].length - 1;
      const arg = text.slice(open + 1, closeOf(masked, open) - 1).trim();
      raises.push({
        status: statuses.get(t[1]) ?? statuses.get('Exception') ?? 'unmapped',
        exception: t[1],
        message: kotlinStringOrExpression(arg),
      });
    }
  }
  const auditEvents = [...body.matchAll(/createEvent\(\s*"([^"]+)"/g)].map((x) => x[1]);
  const responseStatus = /HttpStatus\.(\w+)/.exec(
    fn.annotations.find((a) => a.name === 'ResponseStatus')?.args ?? '',
  )?.[1];
  const successStatus =
    ({ CREATED: 201, ACCEPTED: 202, NO_CONTENT: 204, OK: 200 } as Record<string, number>)[
      responseStatus ?? 'OK'
    ] ?? 200;

  // calls to the controller's injected services
  const fields = new Map(cls.ctorParams.filter((p: Param) => p.binding).map((p) => [p.name, p.type]));
  const calls: HeadHandler['calls'] = [];
  for (const c of maskedBody.matchAll(/\b(\w+)\s*\.\s*(\w+)\s*\(/g)) {
    const fieldType = fields.get(c[1]);
    if (!fieldType) continue;
    const target = index.resolve(parseType(fieldType).name, cls, true);
    if (!target) continue;
    const open = (c.index as number) + c[0].length - 1;
    calls.push({
      cls: target,
      method: c[2],
      args: body
        .slice(open + 1, closeOf(maskedBody, open) - 1)
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return {
    returnType: fn.returnType ? typeToString(parseType(fn.returnType)) : 'Unit',
    successStatus,
    pathParams,
    queryParams,
    ...(requestBody ? { requestBody } : {}),
    documentedResponses,
    raises,
    auditEvents,
    documentedFilters,
    calls,
    fn,
    owner: cls,
  };
}

/** A single string literal as its text (templates kept as written); anything else as `expr: <Kotlin>`. */
function kotlinStringOrExpression(arg: string): string | null {
  if (!arg) return null;
  if (/^"(?:[^"\\]|\\.)*"$/.test(arg)) return arg.slice(1, -1);
  return `expr: ${arg.replace(/\s+/g, ' ')}`;
}
