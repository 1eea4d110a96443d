import { InfoController } from './info.controller';
import type { PlatformModuleOptions } from './platform-options';

describe('InfoController (/info, in the shape HMPPS tooling reads from Spring Boot actuators)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function info(env: Record<string, string>) {
    for (const name of ['GIT_SHA', 'BUILD_VERSION', 'BUILD_TIME', 'PRODUCT_ID']) delete process.env[name];
    Object.assign(process.env, env);
    return new InfoController({ name: 'learner-records' } as PlatformModuleOptions).get();
  }

  it('carries git.commit.id, build.version, build.time and productId, and keeps the earlier fields', () => {
    const body = info({
      GIT_SHA: '0123456789abcdef0123456789abcdef01234567',
      BUILD_VERSION: '2026-12-02.42.0123456',
      BUILD_TIME: '2026-12-02T05:00:00.000Z',
      PRODUCT_ID: 'DPS121',
    });
    expect(body).toEqual({
      name: 'learner-records',
      version: '2026-12-02.42.0123456',
      gitSha: '0123456789abcdef0123456789abcdef01234567',
      startTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      git: { commit: { id: '0123456' } },
      build: {
        name: 'learner-records',
        artifact: 'learner-records',
        version: '2026-12-02.42.0123456',
        time: '2026-12-02T05:00:00.000Z',
      },
      productId: 'DPS121',
    });
  });

  it('leaves productId out when PRODUCT_ID is not configured, rather than inventing one', () => {
    expect(info({ GIT_SHA: 'unknown' })).not.toHaveProperty('productId');
    expect(info({ GIT_SHA: 'unknown' }).git).toEqual({ commit: { id: 'unknown' } });
  });
});
