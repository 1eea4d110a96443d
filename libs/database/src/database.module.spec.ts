import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, TestingModule } from '@nestjs/testing';
import { Client } from 'pg';
import { Column, DataSource, Entity, MigrationInterface, PrimaryGeneratedColumn, QueryRunner } from 'typeorm';
import { HealthRegistry, MetricsService, PlatformModule } from '@libs/platform';
import { createTestDatabase, TestDatabase } from '../../testing/src/database';
import { DATABASE_URL_TOKEN, DatabaseModule, startEmbeddedPostgres } from './index';

@Entity('widget')
class Widget {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  name!: string;
}

class CreateWidgets1763700000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE TABLE widget (id serial PRIMARY KEY, name text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now())',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE widget');
  }
}

async function startModule(): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({ name: 'database-spec', required: [] }),
      DatabaseModule.forRoot({ entities: [Widget], migrations: [CreateWidgets1763700000000] }),
    ],
  }).compile();
  return moduleRef.init();
}

function dbHealth(moduleRef: TestingModule) {
  const entry = moduleRef
    .get(HealthRegistry)
    .entries()
    .find(([name]) => name === 'db');
  if (!entry) throw new Error('no db health component registered');
  return entry[1]();
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, EMBEDDED_DB_DIR: process.env.EMBEDDED_DB_DIR };

afterEach(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('DatabaseModule on DATABASE_URL', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    moduleRef = await startModule();
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('exposes the URL it connected to', () => {
    expect(moduleRef.get(DATABASE_URL_TOKEN)).toBe(database.url);
  });

  it('runs the migrations at start, recording each one', async () => {
    const columns = await dataSource.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'widget' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'integer' },
      { column_name: 'name', data_type: 'text' },
      { column_name: 'created_at', data_type: 'timestamp with time zone' },
    ]);
    const applied = await dataSource.query('SELECT name FROM migrations');
    expect(applied).toEqual([{ name: 'CreateWidgets1763700000000' }]);
  });

  it('commits a transaction that succeeds', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.save(Widget, { name: 'committed' });
    });
    expect(await dataSource.getRepository(Widget).findOneBy({ name: 'committed' })).toMatchObject({
      name: 'committed',
    });
  });

  it('rolls back every write of a transaction that fails', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.save(Widget, { name: 'rolled-back' });
        await manager.save(Widget, { name: 'rolled-back' });
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await dataSource.getRepository(Widget).countBy({ name: 'rolled-back' })).toBe(0);
  });

  it('shows the pool in the metrics: connections in use and idle, queries waiting, the limit', async () => {
    const registry = moduleRef.get(MetricsService).registry;
    const sample = async (name: string, labels: Record<string, string> = {}) =>
      (await registry.getSingleMetric(name)!.get()).values.find((value) =>
        Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
      )?.value;

    // Eleven transactions held open at once on a pool of ten: ten connections busy, one query queued.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const busy = Array.from({ length: 11 }, () =>
      dataSource.transaction(async (manager) => {
        await manager.query('SELECT 1');
        await held;
      }),
    );
    const deadline = Date.now() + 10_000;
    while ((await sample('database_pool_waiting_requests')) !== 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await sample('database_pool_connections', { state: 'in_use' })).toBe(10);
    expect(await sample('database_pool_connections', { state: 'idle' })).toBe(0);
    expect(await sample('database_pool_waiting_requests')).toBe(1);
    expect(await sample('database_pool_max_connections')).toBe(10);

    release();
    await Promise.all(busy);
    expect(await sample('database_pool_connections', { state: 'in_use' })).toBe(0);
    expect(await sample('database_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
    expect(await sample('database_pool_waiting_requests')).toBe(0);
  });

  it('reports the db health component UP', async () => {
    await expect(dbHealth(moduleRef)).resolves.toEqual({ status: 'UP', details: { database: 'PostgreSQL' } });
  });
});

describe('DatabaseModule through an outage of the server', () => {
  let dataDir: string;
  let moduleRef: TestingModule;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'db-outage-'));
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reports DOWN while the server is away and recovers its pool when it returns', async () => {
    let server = await startEmbeddedPostgres({ dataDir });
    const port = Number(new URL(server.url).port);
    process.env.DATABASE_URL = server.url;
    try {
      moduleRef = await startModule();
      const widgets = moduleRef.get(DataSource).getRepository(Widget);
      await widgets.save({ name: 'before-outage' });
      expect((await dbHealth(moduleRef)).status).toBe('UP');

      await server.stop();
      const down = await dbHealth(moduleRef);
      expect(down.status).toBe('DOWN');
      expect(down.details?.error).toEqual(expect.any(String));
      await expect(widgets.count()).rejects.toThrow();

      // Same data directory and port: what a restarted database server looks like to the app.
      server = await startEmbeddedPostgres({ dataDir, port });
      await expect(dbHealth(moduleRef)).resolves.toMatchObject({ status: 'UP' });
      expect(await widgets.findOneBy({ name: 'before-outage' })).toMatchObject({ name: 'before-outage' });
      await widgets.save({ name: 'after-outage' });
      expect(await widgets.count()).toBe(2);
    } finally {
      await moduleRef?.close();
      await server.stop();
    }
  });
});

describe('DatabaseModule without DATABASE_URL', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'db-embedded-')), 'not', 'yet', 'there');
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts an embedded server in EMBEDDED_DB_DIR, keeps data across restarts and stops it at shutdown', async () => {
    delete process.env.DATABASE_URL;
    process.env.EMBEDDED_DB_DIR = dataDir;

    const first = await startModule();
    const url = first.get<string>(DATABASE_URL_TOKEN);
    expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    await first.get(DataSource).getRepository(Widget).save({ name: 'persisted' });
    await first.close();
    expect(await canConnect(url)).toBe(false);

    const second = await startModule();
    try {
      const names = await second.get(DataSource).getRepository(Widget).find();
      expect(names.map((widget) => widget.name)).toEqual(['persisted']);
      expect(await second.get(DataSource).query('SELECT count(*)::int AS runs FROM migrations')).toEqual([
        { runs: 1 },
      ]);
    } finally {
      await second.close();
    }
  });
});
