// Loaded by every Jest run of this repository (jest.config.js setupFiles): tells libs/testing how to load
// upstream-stubs, so startStubs() can start it without the lib importing an app. Only the tiny registry
// module is imported here; the stubs app loads on the first startStubs().
import { registerStubsApp } from '../libs/testing/src/stubs-registry';

registerStubsApp(async () => {
  const { AppModule, STUBS_PLATFORM_OPTIONS } = await import('../apps/upstream-stubs/src/app.module');
  return { module: AppModule, platform: STUBS_PLATFORM_OPTIONS };
});
