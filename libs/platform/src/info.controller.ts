import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_OPTIONS, PlatformModuleOptions } from './platform-options';
import { Public } from './public.decorator';

interface BuildInfo {
  version: string;
  gitSha: string;
  builtAt?: string;
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
    const version = process.env.BUILD_VERSION ?? build.version;
    const gitSha = process.env.GIT_SHA ?? build.gitSha;
    const time = process.env.BUILD_TIME ?? build.builtAt;
    // The shape HMPPS tooling reads from a Spring Boot actuator's /info: git.commit.id (the abbreviated
    // id, as Spring's "simple" git mode gives it), build.{name,version,time} and productId (PRODUCT_ID,
    // the product in the HMPPS catalogue; absent when not configured, rather than a made-up one).
    this.info = {
      name: options.name,
      version,
      gitSha,
      startTime: new Date().toISOString(),
      git: { commit: { id: gitSha === 'unknown' ? gitSha : gitSha.slice(0, 7) } },
      build: { name: options.name, artifact: options.name, version, ...(time ? { time } : {}) },
      ...(process.env.PRODUCT_ID ? { productId: process.env.PRODUCT_ID } : {}),
    };
  }

  @Get()
  get() {
    return this.info;
  }
}
