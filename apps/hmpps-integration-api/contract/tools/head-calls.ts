import { closeOf, KtClass, parseType } from './kotlin-scan';
import { KotlinIndex } from './kotlin-index';

/** One call from a HEAD service method to a dependency. */
export interface Call {
  cls: KtClass;
  method: string;
  args: string;
}

/** What a handler reaches through HEAD's services, found by following calls method by method. */
export interface Reach {
  /** Gateway.method calls made for the operation's own data (not to resolve the person). */
  upstreamCalls: string[];
  /** Gateway.method calls made while resolving who the person is (GetPersonService and below). */
  identityCalls: string[];
  /** GetPersonService methods used, with the arguments as written. */
  personResolution: string[];
  /** Audit events the services write (`auditService.createEvent("…")` below the controller). */
  auditEvents: string[];
  /** Upstreams called without a gateway (a WebClientWrapper request naming an UpstreamApi). */
  directCalls: string[];
  /** `throw X(message)` in the services on the data path (not the person lookup): exception → message. */
  serviceThrows: Array<{ where: string; exception: string; message: string }>;
  /** SQS queue ids / SNS topic ids written to. */
  queues: string[];
  topics: string[];
  /** Facts about consumer filters found in the code on the path. */
  filterUses: string[];
  /** Every class.method visited (for review). */
  visited: string[];
}

const PERSON_SERVICE = 'GetPersonService';

export class CallGraph {
  private readonly fields = new Map<KtClass, Map<string, KtClass>>();

  constructor(private readonly index: KotlinIndex) {}

  private fieldsOf(cls: KtClass): Map<string, KtClass> {
    let f = this.fields.get(cls);
    if (!f) {
      f = new Map();
      for (const p of cls.ctorParams) {
        const target = this.index.resolve(parseType(p.type).name, cls, true);
        if (target) f.set(p.name, target);
      }
      for (const mem of cls.members) {
        if (!mem.type) continue;
        const target = this.index.resolve(parseType(mem.type).name, cls, true);
        if (target) f.set(mem.name, target);
      }
      this.fields.set(cls, f);
    }
    return f;
  }

  /** The implementation of an interface dependency, when exactly one class implements it. */
  private implementation(cls: KtClass): KtClass {
    if (cls.kind !== 'interface') return cls;
    const impls = this.index.files
      .flatMap((file) => file.classes)
      .filter((c) => c.supertypes.some((s) => parseType(s).name === cls.name));
    return impls.length === 1 ? impls[0] : cls;
  }

  callsFrom(cls: KtClass, method: string): Call[] {
    const fields = this.fieldsOf(cls);
    const { src, m } = cls.file;
    const calls: Call[] = [];
    for (const fn of cls.functions.filter((f) => f.name === method)) {
      const masked = m.slice(fn.start, fn.end);
      const text = src.slice(fn.start, fn.end);
      for (const c of masked.matchAll(
        /(?<![\w.])(?:this\.)?(\w+)\s*(?:\?|!!)?\.\s*(\w+)\s*(?:<[^>()]*>)?\s*\(/g,
      )) {
        const target = fields.get(c[1]);
        if (!target) continue;
        const open = (c.index as number) + c[0].length - 1;
        calls.push({
          cls: this.implementation(target),
          method: c[2],
          args: text
            .slice(open + 1, closeOf(masked, open) - 1)
            .replace(/\s+/g, ' ')
            .trim(),
        });
      }
      for (const c of masked.matchAll(/(?<![\w.])(\w+)\s*(?:<[^>()]*>)?\s*\(/g)) {
        if (c[1] !== method && cls.functions.some((f) => f.name === c[1]))
          calls.push({ cls, method: c[1], args: '' });
      }
    }
    return calls;
  }

  /** Follows calls from the handler's service calls; GetPersonService below another service counts as identity. */
  reach(start: Call[]): Reach {
    const out: Reach = {
      upstreamCalls: [],
      identityCalls: [],
      personResolution: [],
      auditEvents: [],
      directCalls: [],
      serviceThrows: [],
      queues: [],
      topics: [],
      filterUses: [],
      visited: [],
    };
    const seen = new Set<string>();
    const add = (list: string[], v: string): void => {
      if (!list.includes(v)) list.push(v);
    };
    // a handler that calls GetPersonService directly gets its data from it; below any other service it resolves identity
    const queue: Array<{ call: Call; identity: boolean }> = start.map((call) => ({ call, identity: false }));
    for (const call of start)
      if (call.cls.name === PERSON_SERVICE) add(out.personResolution, `${call.method}(${call.args})`);
    while (queue.length) {
      const { call, identity } = queue.shift() as { call: Call; identity: boolean };
      const { cls, method } = call;
      const key = `${cls.fqName}.${method}:${identity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(out.visited, `${cls.name}.${method}`);
      if (cls.name.endsWith('Gateway') && cls.name !== 'HmppsAuthGateway') {
        add(identity ? out.identityCalls : out.upstreamCalls, `${cls.name}.${method}`);
        continue;
      }
      if (cls.name === 'AuditService') {
        const event = /^\s*"([^"]+)"/.exec(call.args)?.[1];
        if (method === 'createEvent' && event && !identity) add(out.auditEvents, event);
        continue;
      }
      if (cls.name === 'TelemetryService') continue;
      if (!identity && cls.name !== PERSON_SERVICE) this.scanFacts(cls, method, out);
      for (const next of this.callsFrom(cls, method)) {
        if (next.cls.name === PERSON_SERVICE && cls.name !== PERSON_SERVICE)
          add(out.personResolution, `${next.method}(${next.args})`);
        queue.push({
          call: next,
          identity: identity || (next.cls.name === PERSON_SERVICE && cls.name !== PERSON_SERVICE),
        });
      }
    }
    return out;
  }

  private scanFacts(cls: KtClass, method: string, out: Reach): void {
    const add = (list: string[], v: string): void => {
      if (!list.includes(v)) list.push(v);
    };
    const { src } = cls.file;
    if (cls.name === 'ConsumerPrisonAccessService') return;
    for (const fn of cls.functions.filter((f) => f.name === method)) {
      const text = src.slice(fn.start, fn.end);
      for (const q of text.matchAll(/sendMessageToQueue\([^,]+,\s*"(\w+)"/g)) add(out.queues, q[1]);
      const masked = cls.file.m.slice(fn.start, fn.end);
      for (const t of masked.matchAll(/throw\s+(\w+)\s*\(/g)) {
        const open = (t.index as number) + t[0].length - 1;
        const message = text
          .slice(open + 1, closeOf(masked, open) - 1)
          .replace(/\s+/g, ' ')
          .trim();
        if (!out.serviceThrows.some((x) => x.exception === t[1] && x.message === message))
          out.serviceThrows.push({ where: `${cls.name}.${method}`, exception: t[1], message });
      }
      for (const r of text.matchAll(
        /\.request(?:List)?<[^>]*>\(\s*HttpMethod\.(\w+),\s*"([^"]*)"[\s\S]{0,200}?UpstreamApi\.(\w+)/g,
      ))
        add(out.directCalls, `${r[3]} ${r[1]} ${r[2]}`);
      for (const id of lazyDestinations(src.slice(cls.bodyStart ?? 0, cls.bodyEnd ?? 0), text))
        add(id.kind === 'Queue' ? out.queues : out.topics, id.id);
      const facts: Array<[RegExp, string]> = [
        [/ConsumerFilters\.alertCodes\(/, 'alertCodes: passed to the upstream query'],
        [/ConsumerFilters\.mappaCategories\(/, 'mappaCategories: passed to the upstream query'],
        [/\.caseNotes\b/, 'caseNotes: consumer case-note filter used'],
        [
          /checkConsumerHasPrisonAccess|matchesPrison\(/,
          `prisons: ${cls.name}.${method} checks a prison id against the consumer's prisons (outside them: not found)`,
        ],
        [
          /hasPrisonFilter\(\)|isPrisonsOnly\(\)/,
          `prisons: ${cls.name}.${method} branches on the consumer having a prison filter`,
        ],
        [
          /supervisionStatuses|isProbationOnly\(\)|hasSupervisionStatusesFilter/,
          `supervisionStatuses: ${cls.name}.${method} uses the supervision-status filter`,
        ],
      ];
      for (const [re, fact] of facts) if (re.test(text)) add(out.filterUses, fact);
    }
  }
}

/**
 * Queues and topics a function writes to through `by lazy` members such as
 * `val visitsQueue by lazy { hmppsQueueService.findByQueueId("visits") }` (followed through other
 * lazy members, e.g. `val visitsQueueUrl by lazy { visitsQueue.queueUrl }`).
 */
function lazyDestinations(
  classBody: string,
  functionText: string,
): Array<{ kind: 'Queue' | 'Topic'; id: string }> {
  const lazies = new Map<string, string>();
  for (const m of classBody.matchAll(/\bva[lr]\s+(\w+)\s+by\s+lazy\s*\{([^}]*)\}/g)) lazies.set(m[1], m[2]);
  const found: Array<{ kind: 'Queue' | 'Topic'; id: string }> = [];
  const visit = (name: string, seen: Set<string>): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const body = lazies.get(name) as string;
    for (const d of body.matchAll(/findBy(Queue|Topic)Id\("(\w+)"\)/g))
      found.push({ kind: d[1] as 'Queue' | 'Topic', id: d[2] });
    for (const other of lazies.keys()) if (new RegExp(`\\b${other}\\b`).test(body)) visit(other, seen);
  };
  for (const name of lazies.keys())
    if (new RegExp(`\\b${name}\\b`).test(functionText)) visit(name, new Set());
  return found;
}
