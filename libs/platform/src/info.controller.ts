import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_OPTIONS, PlatformModuleOptions } from './platform-options';
import { Public } from './public.decorator';

interface BuildInfo {
  version: string;
  gitSha: string;
}

/** Read once at start: written by the build (dist/build-info.json), overridable by env in images. */
function readBuildInfo(): BuildInfo {
  const candidates = [
    join(__dirname, '..', '..', '..', 'build-info.json'),
    join(process.cwd(), 'dist', 'build-info.json'),
  ];
  for (const file of candidates) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as BuildInfo;
    } catch {
      // not built yet (tests run from source): fall through to the defaults
    }
  }
  return { version: process.env.npm_package_version ?? '0.0.0', gitSha: 'unknown' };
}

@Public()
@ApiExcludeController()
@Controller('info')
export class InfoController {
  private readonly info: Record<string, unknown>;

  constructor(@Inject(PLATFORM_OPTIONS) options: PlatformModuleOptions) {
    const build = readBuildInfo();
    this.info = {
      name: options.name,
      version: process.env.BUILD_VERSION ?? build.version,
      gitSha: process.env.GIT_SHA ?? build.gitSha,
      startTime: new Date().toISOString(),
      build: { name: options.name, version: process.env.BUILD_VERSION ?? build.version },
    };
  }

  @Get()
  get() {
    return this.info;
  }
}
