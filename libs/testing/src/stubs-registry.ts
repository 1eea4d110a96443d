import type { PlatformOptions } from '@libs/platform';
import type { Type } from '@nestjs/common';

export interface StubsApp {
  module: Type<unknown>;
  platform: PlatformOptions;
}

let loadStubsApp: (() => Promise<StubsApp>) | undefined;

/**
 * Tells libs/testing how to load upstream-stubs: a lib never imports an app, so the test runner's setup
 * file (test/setup.ts) registers it. Loaded on the first `startStubs()`, so unit tests never pay for it.
 */
export function registerStubsApp(load: () => Promise<StubsApp>): void {
  loadStubsApp = load;
}

export async function stubsApp(): Promise<StubsApp> {
  if (!loadStubsApp)
    throw new Error('upstream-stubs is not registered: load test/setup.ts (registerStubsApp) first');
  return loadStubsApp();
}
