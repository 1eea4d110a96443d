import { Controller, Get, Module } from '@nestjs/common';
import { PlatformModule, PlatformOptions } from '@libs/platform';
import { createTestDatabase } from './database';
import { http } from './http';
import { startApp } from './start-app';

jest.mock('./database', () => ({ createTestDatabase: jest.fn() }));

@Controller('database-url')
class DatabaseUrlController {
  @Get()
  read() {
    return { url: process.env.DATABASE_URL ?? null };
  }
}

@Module({
  imports: [PlatformModule.forRoot({ name: 'start-app-db-spec', required: [] })],
  controllers: [DatabaseUrlController],
})
class SpecAppModule {}

const platform: PlatformOptions = {
  name: 'start-app-db-spec',
  defaultPort: 0,
  title: 'startApp database spec',
};

describe('startApp in the real-PostgreSQL pass', () => {
  const drop = jest.fn().mockResolvedValue(undefined);

  beforeEach(() => {
    process.env.TEST_DATABASE_URL = 'postgres://ci@127.0.0.1:5432/postgres';
    delete process.env.DATABASE_URL;
    drop.mockClear();
    jest
      .mocked(createTestDatabase)
      .mockReset()
      .mockResolvedValue({ url: 'postgres://ci@127.0.0.1:5432/test_abc', drop });
  });

  afterEach(() => {
    delete process.env.TEST_DATABASE_URL;
  });

  it('gives the app a fresh database and drops it on close', async () => {
    const started = await startApp(SpecAppModule, { platform });
    const seen = await http(started.url).get('/database-url');
    await started.close();

    expect(seen.body).toEqual({ url: 'postgres://ci@127.0.0.1:5432/test_abc' });
    expect(drop).toHaveBeenCalledTimes(1);
    expect(process.env.DATABASE_URL).toBeUndefined();
  });

  it('keeps a DATABASE_URL the test names itself', async () => {
    const started = await startApp(SpecAppModule, { env: { DATABASE_URL: 'postgres://mine/db' }, platform });
    const seen = await http(started.url).get('/database-url');
    await started.close();

    expect(seen.body).toEqual({ url: 'postgres://mine/db' });
    expect(createTestDatabase).not.toHaveBeenCalled();
  });
});
