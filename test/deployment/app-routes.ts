import { RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { join } from 'node:path';
import { REPO_ROOT } from './suite';

type ModuleImport = Type | DynamicModule | Promise<DynamicModule> | { forwardRef: () => Type };

export interface AppRoute {
  method: string;
  path: string;
}

/**
 * Every route an app serves (method and path), read from the Nest metadata of its AppModule's module graph
 * (controllers of imported and dynamic modules included), without starting the app.
 */
export async function appRoutes(app: string): Promise<AppRoute[]> {
  const { AppModule } = (await import(join(REPO_ROOT, 'apps', app, 'src', 'app.module.ts'))) as { AppModule: Type };
  const routes = new Map<string, AppRoute>();
  await visit(AppModule, new Set(), routes);
  return [...routes.values()];
}

/** Every GET route an app serves. */
export async function appGetRoutes(app: string): Promise<Set<string>> {
  return new Set((await appRoutes(app)).filter((route) => route.method === 'GET').map((route) => route.path));
}

async function visit(entry: ModuleImport | undefined, seen: Set<unknown>, routes: Map<string, AppRoute>): Promise<void> {
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

function addControllerRoutes(controller: Type, routes: Map<string, AppRoute>): void {
  const prefixes = paths(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = controller.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const handler = prototype[name];
    if (typeof handler !== 'function') continue;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined || !Reflect.hasMetadata(PATH_METADATA, handler)) continue;
    for (const prefix of prefixes) {
      for (const path of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
        const route = { method: RequestMethod[method], path: `/${[prefix, path].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1') };
        routes.set(`${route.method} ${route.path}`, route);
      }
    }
  }
}

function paths(value: string | string[] | undefined): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [value];
}
