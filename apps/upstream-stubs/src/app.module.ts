import { Module } from '@nestjs/common';
import { PlatformModule, PlatformOptions } from '@libs/platform';
import { configureStubs } from './faults/configure-stubs';
import { StubsModule } from './stubs.module';

@Module({
  imports: [PlatformModule.forRoot({ name: 'upstream-stubs', required: [] }), StubsModule],
})
export class AppModule {}

/** Shared by main.ts and `startStubs()` in `@libs/testing`. */
export const STUBS_PLATFORM_OPTIONS: PlatformOptions = {
  name: 'upstream-stubs',
  defaultPort: 9090,
  title: 'Upstream stubs',
  description:
    'Local stand-ins for HMPPS Auth, the HMPPS prison and probation APIs, DfE LRS, DfE VERA with Entra, ' +
    'and GRO/NRS/GRO-NI, plus an admin API (/__admin) for tokens, fault injection and request recording.',
  configure: configureStubs,
};
