// Loaded by every Jest run of this repository (jest.config.js setupFiles): tells libs/testing how to load
// upstream-stubs, so startStubs() can start it without the lib importing an app. Only the tiny registry
// module is imported here; the stubs app loads on the first startStubs().
import { registerStubsApp } from '../libs/testing/src/stubs-registry';
import { avoidWasmWrapperTierUp } from '../libs/platform/src/wasm-wrapper-tier-up';

// Every worker, before its first test loads undici or PGlite: see the function for the V8 abort it avoids.
avoidWasmWrapperTierUp();

registerStubsApp(async () => {
  const { AppModule, STUBS_PLATFORM_OPTIONS } = await import('../apps/upstream-stubs/src/app.module');
  return { module: AppModule, platform: STUBS_PLATFORM_OPTIONS };
});
