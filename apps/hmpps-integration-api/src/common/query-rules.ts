import { isCalendarDate } from '@libs/platform';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Expose, Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';

/**
 * The rules of this app's query parameters (and of the EPF event number in its path), for DTOs read
 * through the platform's validation pipe. A DTO is refused for its first bad parameter only, in the order
 * it declares them (a base class's first), with that parameter's one message: the answers consumers know
 * from the hand-written readers these rules replaced, which stopped at the first bad value. The reference
 * let Spring throw on such values (500); here each is a 400 (fidelity policy). Parameters a DTO does not
 * declare are ignored, as Spring ignores them.
 *
 * Each rule is a class-validator constraint, but the order is kept here: class-validator reports every
 * failing property, a subclass's before its base class's, and a query-wide rule (`SearchCriteria`) has no
 * place in its metadata. So the rules of a class are listed base first, the first problem of a query is
 * found once, and only the property it belongs to fails.
 */

type Query = Record<string, unknown>;
/** What is wrong with a parameter once converted, or undefined when nothing is. */
type Problem = (value: unknown, query: Query) => string | undefined;

interface Rule {
  property: string;
  problem: Problem;
}

/** Each DTO class's parameter rules, in declaration order. */
const PARAMETER_RULES = new WeakMap<object, Rule[]>();
/** Each DTO class's rules on the query as a whole (`SearchCriteria`), checked before any parameter's. */
const QUERY_RULES = new WeakMap<object, Array<(query: Query) => string | undefined>>();

const INVALID_DATE = 'Invalid date format. Please use yyyy-MM-dd.';
const NO_CRITERIA = 'No query parameters specified.';
/** The reference's `LocalDate` reads year 0000, and the upstreams are given the date as sent. */
const DATE_RANGE = { min: '0000-01-01' };

/** Fastify gives a repeated key as an array; each parameter here takes one value. */
const repeated = (name: string) => `Query parameter '${name}' may be given only once`;

function inherited<T>(rules: WeakMap<object, T[]>, type: object | null): T[] {
  if (type === null) return [];
  return [...inherited(rules, Object.getPrototypeOf(type) as object | null), ...(rules.get(type) ?? [])];
}

interface ClassRules {
  query: Array<(query: Query) => string | undefined>;
  parameters: Rule[];
}

/** Each DTO class's rules, base class first, gathered at its first validation (its decorators have all run by then). */
const CLASS_RULES = new WeakMap<object, ClassRules>();

function rulesOf(type: object): ClassRules {
  let rules = CLASS_RULES.get(type);
  if (!rules) {
    rules = { query: inherited(QUERY_RULES, type), parameters: inherited(PARAMETER_RULES, type) };
    CLASS_RULES.set(type, rules);
  }
  return rules;
}

type Verdict = { property: string; message: string } | null;

/**
 * Each converted query's first problem: class-validator asks once per property, and the answer is the
 * same for all of them, so it is worked out once per query instead of once per property.
 */
const VERDICTS = new WeakMap<object, Verdict>();

/** The first problem of a converted query, on the property whose rule reports it. */
function firstProblem(query: object): Verdict {
  let verdict = VERDICTS.get(query);
  if (verdict === undefined) {
    verdict = findFirstProblem(query as Query, rulesOf(query.constructor));
    VERDICTS.set(query, verdict);
  }
  return verdict;
}

function findFirstProblem(query: Query, rules: ClassRules): Verdict {
  for (const problem of rules.query) {
    const message = problem(query);
    if (message !== undefined) return { property: rules.parameters[0].property, message };
  }
  for (const { property, problem } of rules.parameters) {
    const message = problem(query[property], query);
    if (message !== undefined) return { property, message };
  }
  return null;
}

/** What a parameter's OpenAPI entry says besides its name and type; optional unless `required`. */
export interface ParameterDoc {
  description?: string;
  required?: boolean;
  example?: string;
  enum?: readonly string[];
}

interface ParameterRule {
  doc: ParameterDoc & { type?: 'integer' | 'boolean'; default?: number | boolean };
  /** The value as sent (`undefined` when absent) to what the handler is given; arrays are never converted. */
  convert(raw: unknown): unknown;
  /** What is wrong with a converted single value. */
  problem(value: unknown, name: string, query: Query): string | undefined;
  /** Convert an absent parameter too (to its default). */
  absentHasDefault?: boolean;
}

function parameter(rule: ParameterRule): PropertyDecorator {
  return (target, key) => {
    const type = target.constructor;
    const property = String(key);
    ApiProperty({ required: false, ...rule.doc } as ApiPropertyOptions)(target, key);
    // An exposed property is converted even when the query lacks it.
    if (rule.absentHasDefault) Expose()(target, key);
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : rule.convert(value)))(
      target,
      key,
    );
    const problem: Problem = (value, query) =>
      Array.isArray(value) ? repeated(property) : rule.problem(value, property, query);
    PARAMETER_RULES.set(type, [...(PARAMETER_RULES.get(type) ?? []), { property, problem }]);
    registerDecorator({
      name: 'queryParameter',
      target: type,
      propertyName: property,
      validator: {
        validate: (_value, args) => firstProblem(args!.object)?.property !== property,
        defaultMessage: (args) => firstProblem(args!.object)?.message ?? '',
      },
    });
  };
}

/**
 * A whole number of at least 1 (leading zeros allowed, `1e3`, `0x10`, ` 7`, `-1` and anything beyond
 * what JavaScript holds exactly refused); absent or empty is `fallback`.
 */
export function WholeNumberParam(fallback: number, doc: ParameterDoc = {}): PropertyDecorator {
  return parameter({
    // A path parameter is required: its fallback (for an empty segment) is no documented default.
    doc: { type: 'integer', ...(doc.required ? {} : { default: fallback }), ...doc },
    absentHasDefault: true,
    convert: (raw) => {
      if (raw === undefined || raw === '') return fallback;
      const number = Number(raw);
      return typeof raw === 'string' && /^\d+$/.test(raw) && Number.isSafeInteger(number) && number >= 1
        ? number
        : raw;
    },
    problem: (value, name) =>
      typeof value === 'number'
        ? undefined
        : `Invalid value for '${name}': must be a whole number of at least 1`,
  });
}

/** `true` or `false` in any case, as Spring binds booleans; absent or empty is `fallback`. */
export function BooleanParam(fallback: boolean, doc: ParameterDoc = {}): PropertyDecorator {
  return parameter({
    doc: { type: 'boolean', default: fallback, ...doc },
    absentHasDefault: true,
    convert: (raw) => {
      if (raw === undefined || raw === '') return fallback;
      return typeof raw === 'string' && /^(true|false)$/i.test(raw) ? raw.toLowerCase() === 'true' : raw;
    },
    problem: (value, name) =>
      typeof value === 'boolean' ? undefined : `Invalid value for '${name}': must be true or false`,
  });
}

/**
 * A calendar date `yyyy-MM-dd` that exists (2023-02-30 is refused); empty is absent. `then` checks it
 * against the rest of the query once the date itself is fine (absent included).
 */
export function DateParam(doc: ParameterDoc = {}, then?: Problem): PropertyDecorator {
  return parameter({
    doc,
    convert: (raw) => (raw === '' ? undefined : raw),
    problem: (value, _name, query) =>
      value !== undefined && !isCalendarDate(value, DATE_RANGE) ? INVALID_DATE : then?.(value, query),
  });
}

/** Any text; empty is absent unless `keepEmpty` (where the upstream is given the empty value). */
export function TextParam(doc: ParameterDoc = {}, { keepEmpty = false } = {}): PropertyDecorator {
  return parameter({
    doc,
    convert: (raw) => (raw === '' && !keepEmpty ? undefined : raw),
    problem: () => undefined,
  });
}

/**
 * A search needs at least one of these parameters, looked at in this order: the first one given lets the
 * search through, one repeated before it is refused as repeated, none is 'No query parameters specified.'.
 * Checked before any parameter's own rule.
 */
export function SearchCriteria(...names: string[]): ClassDecorator {
  return (type) => {
    QUERY_RULES.set(type, [
      ...(QUERY_RULES.get(type) ?? []),
      (query) => {
        for (const name of names) {
          if (Array.isArray(query[name])) return repeated(name);
          if (query[name] !== undefined) return undefined;
        }
        return NO_CRITERIA;
      },
    ]);
  };
}
