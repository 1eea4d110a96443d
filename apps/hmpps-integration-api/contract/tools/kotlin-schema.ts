import {
  annotationString,
  Annotation,
  KtClass,
  KtFile,
  KtType,
  parseType,
  typeToString,
} from './kotlin-scan';
import { KotlinIndex } from './kotlin-index';

export type JsonSchema = { [key: string]: unknown };

/**
 * How HEAD's HTTP layer writes a Kotlin value as JSON (Spring Boot 4, Jackson 3 with the Kotlin
 * module, no `spring.jackson.default-property-inclusion`): every property is written, nulls
 * included, unless the model says `@JsonInclude(NON_NULL)` (or NON_EMPTY/NON_ABSENT/NON_DEFAULT);
 * `java.time` values are ISO-8601 strings; enums are their constant names unless a property is
 * `@JsonValue`; `@JsonProperty` renames, `@JsonIgnore` drops.
 */
const STRING = new Set(['String', 'Char', 'CharSequence', 'kotlin.String']);
const INTEGER = new Set([
  'Int',
  'Long',
  'Short',
  'Byte',
  'BigInteger',
  'Integer',
  'kotlin.Int',
  'kotlin.Long',
]);
const NUMBER = new Set(['Double', 'Float', 'BigDecimal', 'Number', 'java.math.BigDecimal']);
const ARRAY = new Set([
  'List',
  'MutableList',
  'ArrayList',
  'Set',
  'MutableSet',
  'HashSet',
  'LinkedHashSet',
  'Collection',
  'MutableCollection',
  'Iterable',
  'Array',
  'Sequence',
]);
const MAP = new Set(['Map', 'MutableMap', 'HashMap', 'LinkedHashMap', 'SortedMap', 'TreeMap']);
const ANY = new Set(['Any', 'Object', 'JsonNode', 'ObjectNode']);
const FORMATS: Record<string, { format: string; note: string }> = {
  LocalDate: { format: 'date', note: 'LocalDate' },
  'java.time.LocalDate': { format: 'date', note: 'LocalDate' },
  LocalDateTime: { format: 'date-time', note: 'LocalDateTime (no offset)' },
  'java.time.LocalDateTime': { format: 'date-time', note: 'LocalDateTime (no offset)' },
  OffsetDateTime: { format: 'date-time', note: 'OffsetDateTime' },
  'java.time.OffsetDateTime': { format: 'date-time', note: 'OffsetDateTime' },
  ZonedDateTime: { format: 'date-time', note: 'ZonedDateTime' },
  'java.time.ZonedDateTime': { format: 'date-time', note: 'ZonedDateTime' },
  Instant: { format: 'date-time', note: 'Instant' },
  LocalTime: { format: 'time', note: 'LocalTime' },
  'java.time.LocalTime': { format: 'time', note: 'LocalTime' },
  UUID: { format: 'uuid', note: 'UUID' },
  'java.util.UUID': { format: 'uuid', note: 'UUID' },
};
const JAVA_ENUMS: Record<string, string[]> = {
  DayOfWeek: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
  HttpStatus: [],
};

const OMIT_WHEN = /\b(NON_NULL|NON_EMPTY|NON_ABSENT|NON_DEFAULT)\b/;

export interface SchemaOptions {
  /**
   * Interfaces and sealed types are written as their runtime class; where HEAD's code fixes which one a
   * response holds, this names it (declared fq name → implementation fq name).
   */
  implementations?: Record<string, string>;
  /** Body properties whose type Kotlin infers and this reader cannot: `Class.property` → Kotlin type. */
  inferredTypes?: Record<string, string>;
}

interface Binding {
  type: KtType;
  scope: KtClass | KtFile;
  env: Env;
}
type Env = Map<string, Binding>;

interface Property {
  jsonName: string;
  kotlinName: string;
  type: KtType;
  annotations: Annotation[];
  owner: KtClass;
}

/** Builds the JSON Schema of a Kotlin type, inlining model classes (and using `$defs` only for recursion). */
export class SchemaBuilder {
  readonly warnings: string[] = [];
  readonly sources = new Set<string>();
  private readonly defs = new Map<string, JsonSchema>();
  private readonly recursive = new Map<string, { cls: KtClass; env: Env }>();

  constructor(
    private readonly index: KotlinIndex,
    private readonly options: SchemaOptions = {},
  ) {}

  /** The schema of `typeText` as written in `scope`, with `$defs` when a model refers to itself. */
  schemaOf(typeText: string, scope: KtClass | KtFile): JsonSchema {
    const schema = this.build(parseType(typeText), scope, new Map(), []);
    // definitions for recursive models (each built with itself on the stack, so inner uses are refs)
    for (;;) {
      const pending = [...this.recursive.entries()].filter(([key]) => !this.defs.has(key));
      if (!pending.length) break;
      for (const [key, { cls, env }] of pending) {
        this.defs.set(key, {});
        this.defs.set(key, this.objectSchema(cls, env, [key]));
      }
    }
    if (this.defs.size) schema.$defs = Object.fromEntries(this.defs);
    return schema;
  }

  private build(t: KtType, scope: KtClass | KtFile, env: Env, stack: string[]): JsonSchema {
    const s = this.buildNonNull(t, scope, env, stack);
    return t.nullable ? nullable(s) : s;
  }

  private buildNonNull(t: KtType, scope: KtClass | KtFile, env: Env, stack: string[]): JsonSchema {
    const generic = env.get(t.name);
    // a type parameter: the bound argument carries its own nullability (`DataResponse<Foo?>`)
    if (generic) return this.build(generic.type, generic.scope, generic.env, stack);
    const cls = this.index.resolve(t.name, scope);
    if (!cls) {
      const builtin = this.builtin(t, scope, env, stack);
      if (builtin) return builtin;
    }
    const found = cls ?? this.index.resolve(t.name, scope, true);
    if (!found) {
      this.warnings.push(
        `unresolved type ${typeToString(t)} in ${'src' in scope ? scope.path : scope.fqName}`,
      );
      return { $comment: `unresolved Kotlin type ${typeToString(t)}` };
    }
    return this.classSchema(found, t, scope, env, stack);
  }

  private builtin(t: KtType, scope: KtClass | KtFile, env: Env, stack: string[]): JsonSchema | undefined {
    const name = t.name;
    if (STRING.has(name)) return { type: 'string' };
    if (INTEGER.has(name)) return { type: 'integer' };
    if (NUMBER.has(name)) return { type: 'number' };
    if (name === 'Boolean') return { type: 'boolean' };
    if (FORMATS[name]) return { type: 'string', format: FORMATS[name].format };
    if (name === 'Date' || name === 'java.util.Date')
      return { type: 'string', $comment: 'java.util.Date: spring.jackson.date-format yyyy-MM-dd HH:mm:ss' };
    if (JAVA_ENUMS[name]?.length) return { type: 'string', enum: [...JAVA_ENUMS[name]] };
    if (ARRAY.has(name)) {
      const item = t.args[0] ? this.build(t.args[0], scope, env, stack) : {};
      return { type: 'array', items: item };
    }
    if (name === 'IntArray' || name === 'LongArray') return { type: 'array', items: { type: 'integer' } };
    if (MAP.has(name)) {
      const value = t.args[1] ? this.build(t.args[1], scope, env, stack) : {};
      return { type: 'object', additionalProperties: value };
    }
    if (ANY.has(name) || name === '*') return {};
    if (name === 'Unit') return { type: 'null' };
    return undefined;
  }

  private classSchema(
    cls: KtClass,
    t: KtType,
    scope: KtClass | KtFile,
    env: Env,
    stack: string[],
  ): JsonSchema {
    this.sources.add(cls.file.path);
    if (cls.modifiers.includes('enum')) return this.enumSchema(cls);
    const implementation = this.options.implementations?.[cls.fqName];
    if (implementation) {
      const impl = this.index.classByFq(implementation);
      if (!impl) throw new Error(`implementation ${implementation} not found`);
      return this.classSchema(impl, { ...t, name: impl.fqName }, scope, env, stack);
    }
    if (cls.kind === 'interface' || cls.modifiers.includes('sealed') || cls.modifiers.includes('abstract')) {
      this.warnings.push(
        `${cls.fqName} is ${cls.kind === 'interface' ? 'an interface' : 'abstract/sealed'}: its runtime class decides the shape`,
      );
      return { $comment: `runtime class of ${cls.nestedName}` };
    }
    const jsonValue = [...cls.ctorParams.filter((p) => p.binding), ...cls.members].find((p) =>
      p.annotations.some((a) => a.name === 'JsonValue'),
    );
    if (jsonValue && jsonValue.type) return this.build(parseType(jsonValue.type), cls, new Map(), stack);

    // type arguments of a generic model
    const classEnv: Env = new Map();
    cls.typeParams.forEach((param, i) => {
      const arg = t.args[i];
      if (arg) classEnv.set(param, { type: arg, scope, env });
    });
    const key = this.defKey(cls);
    if (stack.includes(key)) {
      this.recursive.set(key, { cls, env: classEnv });
      return { $ref: `#/$defs/${key}` };
    }
    return this.objectSchema(cls, classEnv, [...stack, key]);
  }

  private defKey(cls: KtClass): string {
    const same = this.index.classesNamed(cls.name);
    return same.length > 1
      ? cls.fqName.replace(/^uk\.gov\.justice\.digital\.hmpps\.hmppsintegrationapi\./, '')
      : cls.nestedName;
  }

  private objectSchema(cls: KtClass, env: Env, stack: string[]): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const classOmits = cls.annotations.some((a) => a.name === 'JsonInclude' && OMIT_WHEN.test(a.args));
    const ignored = new Set(
      cls.annotations
        .filter((a) => a.name === 'JsonIgnoreProperties')
        .flatMap((a) =>
          [...a.args.replace(/ignoreUnknown\s*=\s*\w+/, '').matchAll(/"([^"]+)"/g)].map((x) => x[1]),
        ),
    );
    for (const p of this.properties(cls)) {
      if (ignored.has(p.jsonName)) continue;
      const schema = this.propertySchema(p, env, stack);
      properties[p.jsonName] = schema;
      const omits =
        p.annotations.some((a) => a.name === 'JsonInclude' && OMIT_WHEN.test(a.args)) ||
        (classOmits && !p.annotations.some((a) => a.name === 'JsonInclude'));
      if (!(omits && p.type.nullable)) required.push(p.jsonName);
    }
    return {
      type: 'object',
      title: cls.nestedName,
      $comment: `HEAD ${cls.file.path}`,
      properties,
      required,
      additionalProperties: false,
    };
  }

  private propertySchema(p: Property, env: Env, stack: string[]): JsonSchema {
    let schema = this.build(p.type, p.owner, env, stack);
    const format = p.annotations.find((a) => a.name === 'JsonFormat');
    const pattern = format && /pattern\s*=\s*"([^"]+)"/.exec(format.args)?.[1];
    if (pattern) {
      const fmt = pattern === 'yyyy-MM-dd' ? 'date' : /^HH:mm(:ss)?$/.test(pattern) ? 'time' : undefined;
      schema = { ...schema, ...(fmt ? { format: fmt } : {}), $comment: `@JsonFormat pattern ${pattern}` };
    }
    return {
      ...schema,
      ...(schema.$comment
        ? {}
        : { $comment: `Kotlin ${p.owner.nestedName}.${p.kotlinName}: ${typeToString(p.type)}` }),
    };
  }

  /** The properties Jackson writes for a class: constructor and body properties, superclasses first. */
  properties(cls: KtClass): Property[] {
    const out: Property[] = [];
    const seen = new Set<string>();
    for (const superName of cls.supertypes) {
      const sup = this.index.resolve(parseType(superName).name, cls, true);
      if (!sup) continue;
      if (sup.kind === 'class' && !sup.modifiers.includes('enum')) {
        for (const p of this.properties(sup)) {
          if (!seen.has(p.kotlinName)) {
            out.push(p);
            seen.add(p.kotlinName);
          }
        }
      }
    }
    const add = (
      kotlinName: string,
      typeText: string | undefined,
      annotations: Annotation[],
      modifiers: string[],
      owner: KtClass,
    ): void => {
      if (modifiers.includes('private') || modifiers.includes('protected')) return;
      if (annotations.some((a) => a.name === 'JsonIgnore' && !/\bfalse\b/.test(a.args))) {
        const at = out.findIndex((p) => p.kotlinName === kotlinName);
        if (at >= 0) out.splice(at, 1);
        seen.add(kotlinName);
        return;
      }
      let text = typeText;
      if (!text) {
        text = this.options.inferredTypes?.[`${owner.fqName}.${kotlinName}`];
        if (!text) {
          this.warnings.push(
            `${owner.fqName}.${kotlinName}: type is inferred by Kotlin; name it in inferredTypes`,
          );
          text = 'Any';
        }
      }
      const renamed = annotationString(annotations.find((a) => a.name === 'JsonProperty'));
      const property: Property = {
        jsonName: renamed || kotlinName,
        kotlinName,
        type: parseType(text),
        annotations,
        owner,
      };
      const at = out.findIndex((p) => p.kotlinName === kotlinName);
      if (at >= 0) out[at] = property;
      else out.push(property);
      seen.add(kotlinName);
    };
    for (const p of cls.ctorParams) if (p.binding) add(p.name, p.type, p.annotations, p.modifiers, cls);
    for (const m of cls.members) {
      if (m.modifiers.includes('const')) continue;
      const type = m.type ?? inferLiteralType(m.initializer);
      add(m.name, type, m.annotations, m.modifiers, cls);
    }
    for (const f of cls.functions) {
      if (
        f.params.length === 0 &&
        /^(get|is)[A-Z]/.test(f.name) &&
        !f.modifiers.includes('private') &&
        !f.annotations.some((a) => a.name === 'JsonIgnore')
      ) {
        this.warnings.push(`${cls.fqName}.${f.name}() is a bean getter Jackson would write; not modelled`);
      }
    }
    return out;
  }

  private enumSchema(cls: KtClass): JsonSchema {
    const valueIndex = cls.ctorParams.findIndex((p) => p.annotations.some((a) => a.name === 'JsonValue'));
    const values = cls.enumConstants.map((c) => {
      const renamed = annotationString(c.annotations.find((a) => a.name === 'JsonProperty'));
      if (renamed) return renamed;
      if (valueIndex < 0) return c.name;
      const param = cls.ctorParams[valueIndex].name;
      const named = new RegExp(`\\b${param}\\s*=\\s*"([^"]*)"`).exec(c.args);
      if (named) return named[1];
      const positional = c.args.split(',')[valueIndex];
      return /"([^"]*)"/.exec(positional ?? '')?.[1] ?? c.name;
    });
    return { type: 'string', enum: values, $comment: `enum ${cls.nestedName} (HEAD ${cls.file.path})` };
  }
}

function inferLiteralType(initializer: string | undefined): string | undefined {
  if (initializer === undefined) return undefined;
  const v = initializer.trim();
  if (/^".*"$/.test(v)) return 'String';
  if (v === 'true' || v === 'false') return 'Boolean';
  if (/^-?\d+$/.test(v)) return 'Int';
  if (/^-?\d+L$/.test(v)) return 'Long';
  if (/^-?\d+\.\d+$/.test(v)) return 'Double';
  return undefined;
}

/** Lets a schema also accept null (Kotlin `T?`). */
export function nullable(s: JsonSchema): JsonSchema {
  if (Object.keys(s).filter((k) => k !== '$comment').length === 0) return s; // any value, null included
  if (typeof s.$ref === 'string' || !s.type) return { anyOf: [s, { type: 'null' }] };
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  const out: JsonSchema = { ...s, type: types.includes('null') ? types : [...types, 'null'] };
  if (Array.isArray(s.enum) && !s.enum.includes(null)) out.enum = [...s.enum, null];
  return out;
}
