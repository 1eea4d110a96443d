import { Controller, Get, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PlatformModule, PlatformOptions } from '@libs/platform';
import { captureLogs } from './capture-logs';
import { http } from './http';
import { startApp } from './start-app';

@Controller('setting')
class SettingController {
  constructor(private readonly config: ConfigService) {}

  @Get()
  read() {
    new Logger('SettingController').warn('setting was read');
    return { value: this.config.get('START_APP_SPEC_SETTING') };
  }
}

@Module({
  imports: [PlatformModule.forRoot({ name: 'start-app-spec', required: ['START_APP_SPEC_SETTING'] })],
  controllers: [SettingController],
})
class SpecAppModule {}

const platform: PlatformOptions = { name: 'start-app-spec', defaultPort: 0, title: 'startApp spec' };

describe('startApp', () => {
  beforeEach(() => {
    process.env.START_APP_SPEC_SETTING = 'before';
    delete process.env.TEST_DATABASE_URL;
  });

  afterEach(() => {
    delete process.env.START_APP_SPEC_SETTING;
  });

  it('starts the app on a loopback port with the given env and restores the env on close', async () => {
    const started = await startApp(SpecAppModule, { env: { START_APP_SPEC_SETTING: 'during' }, platform });
    try {
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await http(started.url).get('/setting');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ value: 'during' });
    } finally {
      await started.close();
    }

    expect(process.env.START_APP_SPEC_SETTING).toBe('before');
  });

  it('fails with the platform start-up error and still restores the env', async () => {
    const logs = captureLogs();
    try {
      await expect(
        startApp(SpecAppModule, { env: { START_APP_SPEC_SETTING: undefined }, platform }),
      ).rejects.toThrow(/START_APP_SPEC_SETTING/);
    } finally {
      logs.stop();
    }

    expect(process.env.START_APP_SPEC_SETTING).toBe('before');
  });

  it('captures what the app logs', async () => {
    const started = await startApp(SpecAppModule, { platform });
    const logs = captureLogs();
    try {
      await http(started.url).get('/setting');
    } finally {
      logs.stop();
      await started.close();
    }

    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ msg: 'setting was read', context: 'SettingController' }),
    );
  });
});
