import { RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { join } from 'node:path';
import { REPO_ROOT } from './suite';

type ModuleImport = Type | DynamicModule | Promise<DynamicModule> | { forwardRef: () => Type };

/**
 * Every GET route an app serves, read from the Nest metadata of its AppModule's module graph (controllers
 * of imported and dynamic modules included), without starting the app.
 */
export async function appGetRoutes(app: string): Promise<Set<string>> {
  const { AppModule } = (await import(join(REPO_ROOT, 'apps', app, 'src', 'app.module.ts'))) as { AppModule: Type };
  const routes = new Set<string>();
  await visit(AppModule, new Set(), routes);
  return routes;
}

async function visit(entry: ModuleImport | undefined, seen: Set<unknown>, routes: Set<string>): Promise<void> {
  if (!entry) return;
  const resolved = entry instanceof Promise ? await entry : 'forwardRef' in entry ? entry.forwardRef() : entry;
  if (seen.has(resolved)) return;
  seen.add(resolved);
  const moduleClass = typeof resolved === 'function' ? resolved : resolved.module;
  const dynamic: Partial<DynamicModule> = typeof resolved === 'function' ? {} : resolved;
  const controllers: Type[] = [...(Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, moduleClass) ?? []), ...(dynamic.controllers ?? [])];
  for (const controller of controllers) addControllerRoutes(controller, routes);
  const imports: ModuleImport[] = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) ?? []), ...((dynamic.imports ?? []) as ModuleImport[])];
  for (const imported of imports) await visit(imported, seen, routes);
}

function addControllerRoutes(controller: Type, routes: Set<string>): void {
  const prefixes = paths(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = controller.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const handler = prototype[name];
    if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
    for (const prefix of prefixes) {
      for (const path of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
        routes.add(`/${[prefix, path].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'));
      }
    }
  }
}

function paths(value: string | string[] | undefined): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [value];
}
