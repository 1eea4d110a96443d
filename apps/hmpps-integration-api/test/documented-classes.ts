import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';

export type DocumentedClass = abstract new (...args: never[]) => unknown;

const propertiesOf = (type: DocumentedClass): string[] =>
  (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, type.prototype as object) as
    string[] | undefined) ?? [];

/** The component name @nestjs/swagger gives a class: its `@ApiSchema` name, or else the class's. */
const componentName = (type: DocumentedClass): string =>
  (Reflect.getOwnMetadata(DECORATORS.API_SCHEMA, type) as { name?: string }[] | undefined)?.at(-1)?.name ??
  type.name;

const responseTypes = (target: object): unknown[] =>
  Object.values(
    (Reflect.getMetadata(DECORATORS.API_RESPONSE, target) ?? {}) as Record<string, { type?: unknown }>,
  ).map((response) => response.type);

const parameterTypes = (target: object): unknown[] =>
  ((Reflect.getMetadata(DECORATORS.API_PARAMETERS, target) ?? []) as { type?: unknown }[]).map(
    (parameter) => parameter.type,
  );

/**
 * Every class with `@ApiProperty` fields that the app's controllers lead the OpenAPI document to (their
 * responses, extra models, parameters and bodies, then the classes of those classes' fields and their extra
 * models), grouped by component name. @nestjs/swagger keeps one component per name: when two classes share
 * a name, one is documented as the other without a warning.
 */
export function documentedClassesByName(app: INestApplication): Map<string, Set<DocumentedClass>> {
  const byName = new Map<string, Set<DocumentedClass>>();
  const visit = (type: unknown): void => {
    if (Array.isArray(type)) return type.forEach(visit);
    if (typeof type !== 'function') return;
    // `type: () => Model`, a lazy reference, is an arrow function: one without a prototype.
    if (!type.prototype) return visit((type as () => unknown)());
    const documented = type as DocumentedClass;
    const properties = propertiesOf(documented);
    if (properties.length === 0) return;
    const name = componentName(documented);
    const classes = byName.get(name) ?? new Set();
    if (classes.has(documented)) return;
    byName.set(name, classes.add(documented));
    visit(Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, documented));
    for (const key of properties) {
      const property = Reflect.getMetadata(
        DECORATORS.API_MODEL_PROPERTIES,
        documented.prototype as object,
        key.slice(1), // stored as `:name`
      ) as { type?: unknown } | undefined;
      visit(property?.type);
    }
  };
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      visit(responseTypes(metatype));
      visit(Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, metatype));
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype).filter((name) => name !== 'constructor')) {
        const method = prototype[key];
        if (typeof method !== 'function') continue;
        visit(responseTypes(method));
        visit(Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, method));
        visit(parameterTypes(method));
        visit(Reflect.getMetadata('design:paramtypes', prototype, key));
      }
    }
  }
  return byName;
}
