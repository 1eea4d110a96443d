import type { IDeployment } from 'kubernetes-models/apps/v1';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, visit } from 'yaml';
import { dockerfileStages, execForm } from './dockerfile';
import { renderOverlay } from './kustomize/render-kustomization';
import { ALL_APPS, readEnvFile, readRepoFile, REPO_ROOT, requiredEnv, SERVICES, SuiteApp } from './suite';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args: Record<string, string> };
  profiles?: string[];
  ports?: string[];
  env_file?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  read_only?: boolean;
  tmpfs?: string[];
  init?: boolean;
}

const compose = parse(readRepoFile('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
/** Addresses a browser on the host opens (published ports), where localhost is right even in a container. */
/** Values that name what a browser or the developer's shell uses (not where the app connects). */
const BROWSER_FACING = new Set(['VERA_PUBLIC_URL', 'HMPPS_AUTH_ISSUER', 'INTEGRATION_API_BASE_URL']);
const PROFILES = { local: '.env.local', development: '.env.development' } as const;
type Profile = keyof typeof PROFILES;

const runtime = dockerfileStages().stages.find((s) => s.name === 'runtime');
const imageHealthcheck = execForm(runtime?.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '');

function inProfile(profile: Profile): [string, ComposeService][] {
  return Object.entries(services).filter(([, service]) => service.profiles?.includes(profile));
}

function serviceOf(profile: Profile, app: string): ComposeService {
  const matching = inProfile(profile).filter(([, service]) => service.build?.args.APP === app);
  if (matching.length !== 1) throw new Error(`profile ${profile}: expected one service building ${app}, found ${matching.length}`);
  return matching[0][1];
}

/** What the container's environment holds: the env file, then the service's own environment over it. */
function effectiveEnv(profile: Profile, service: ComposeService): Record<string, string> {
  return { ...readEnvFile(PROFILES[profile]), ...service.environment };
}

/** A value Compose fills in from the shell (or the --env-file) when it starts the stack. */
function fromShell(value: string | undefined): boolean {
  return /^\$\{[A-Z_]+:-\}$/.test(value ?? '');
}

/** The variables an app's Kubernetes Deployment takes from Secrets (the dev overlay). */
async function secretVariables(app: string): Promise<string[]> {
  const objects = renderOverlay(join(REPO_ROOT, 'deploy', 'k8s', app, 'overlays', 'dev'));
  const deployment = objects.find((o) => o.kind === 'Deployment') as unknown as IDeployment;
  const container = deployment.spec?.template.spec?.containers.find((c) => c.name === app);
  return (container?.env ?? []).filter((variable) => variable.valueFrom?.secretKeyRef).map((variable) => variable.name);
}

/** The secret values of the local profile: .env.local's credentials and the compose local services' passwords. */
function localSecretValues(): string[] {
  const local = readEnvFile('.env.local');
  const secretNames = Object.keys(local).filter((name) => /PASSWORD|SECRET|TOKEN|KEYS/.test(name));
  const composePasswords = Object.values(services)
    .filter((service) => service.profiles?.includes('local'))
    .flatMap((service) => Object.entries(service.environment ?? {}).filter(([name]) => /PASSWORD/.test(name)).map(([, value]) => value));
  return [...secretNames.map((name) => local[name]), ...composePasswords, ':postgres@'].filter((value) => value.length >= 6);
}

function postgresDatabases(): string[] {
  const dir = join(REPO_ROOT, 'docker', 'postgres');
  const sql = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => readRepoFile(join('docker', 'postgres', file)))
    .join('\n');
  return [...sql.matchAll(/CREATE DATABASE (\w+)/gi)].map((match) => match[1]);
}

it('has no key twice in one mapping (Compose refuses that; a second "<<" would hide the first merge)', () => {
  const duplicates: string[] = [];
  visit(parseDocument(readRepoFile('docker-compose.yml'), { merge: true }), {
    Map(_, map) {
      const keys = map.items.map((pair) => String(pair.key));
      duplicates.push(...keys.filter((key, index) => keys.indexOf(key) !== index));
    },
  });
  expect(duplicates).toEqual([]);
});

it('puts every service in exactly one profile', () => {
  expect(Object.entries(services).filter(([, s]) => s.profiles?.length !== 1).map(([name]) => name)).toEqual([]);
});

it('local profile: the four apps, upstream-stubs, postgres and the fauxqs SQS/SNS emulator', () => {
  const local = inProfile('local');
  expect(local.map(([, s]) => s.build?.args.APP ?? s.image?.split(':')[0]).sort()).toEqual(
    [...ALL_APPS.map((a) => a.name), 'postgres', 'kibertoad/fauxqs'].sort(),
  );
});

it('development profile: the four apps only', () => {
  expect(inProfile('development').map(([, s]) => s.build?.args.APP).sort()).toEqual(SERVICES.map((a) => a.name).sort());
});

it('postgres is healthy only when it accepts connections and creates one database per stateful app', () => {
  expect(services.postgres.healthcheck?.test).toEqual(['CMD', 'pg_isready', '-U', 'postgres']);
  expect(services.postgres.volumes).toContain('./docker/postgres:/docker-entrypoint-initdb.d:ro');
  expect(postgresDatabases().sort()).toEqual(SERVICES.filter((a) => a.database).map((a) => a.name.replace(/-/g, '_')).sort());
});

it('env files leave PORT and HOST to each container (one shared file would give every app the same port)', () => {
  for (const file of Object.values(PROFILES)) {
    const env = readEnvFile(file);
    expect(`${file}: ${['PORT', 'HOST'].filter((name) => name in env).join(', ')}`).toBe(`${file}: `);
  }
});

describe.each(Object.keys(PROFILES) as Profile[])('profile %s', (profile) => {
  const apps = profile === 'local' ? ALL_APPS : SERVICES;

  describe.each(apps)('$name', (app: SuiteApp) => {
    it('builds its image from docker/Dockerfile with its APP and PORT, and publishes that port', () => {
      const service = serviceOf(profile, app.name);
      expect(service.build).toEqual({ context: '.', dockerfile: 'docker/Dockerfile', args: { APP: app.name, PORT: String(app.port) } });
      expect(service.image).toBe(`uk-public-sector-integrations/${app.name}:latest`);
      // Published on the loopback interface only: nothing on the network reaches a developer's stack.
      expect(service.ports).toEqual([`127.0.0.1:${app.port}:${app.port}`]);
    });

    it(`reads ${PROFILES[profile]} and checks its health with the image's own HEALTHCHECK`, () => {
      const service = serviceOf(profile, app.name);
      expect(service.env_file).toBe(PROFILES[profile]);
      expect(service.healthcheck?.test).toEqual(['CMD', ...imageHealthcheck]);
      expect({ init: service.init, read_only: service.read_only, tmpfs: service.tmpfs }).toEqual({ init: true, read_only: true, tmpfs: ['/tmp'] });
    });

    if (app.name === 'upstream-stubs') return;

    it(`gets every variable the app requires from ${PROFILES[profile]} and the service${profile === 'development' ? ' (secrets from the shell)' : ''}`, async () => {
      const env = effectiveEnv(profile, serviceOf(profile, app.name));
      const missing = (await requiredEnv(app.name)).filter((name) => !env[name]?.trim() || (profile === 'local' && fromShell(env[name])));
      expect(missing).toEqual([]);
    });

    if (profile === 'local') {
      it('calls the same stub paths as .env.local, on the upstream-stubs service', () => {
        const fromFile = readEnvFile('.env.local');
        const stubUrls = Object.keys(fromFile).filter((name) => fromFile[name].includes('//localhost:9090'));
        const service = serviceOf(profile, app.name);
        expect(Object.fromEntries(stubUrls.map((name) => [name, service.environment?.[name]]))).toEqual(
          Object.fromEntries(stubUrls.map((name) => [name, fromFile[name].replace('//localhost:9090', '//upstream-stubs:9090')])),
        );
        const overrides = Object.keys(service.environment ?? {}).filter((name) => service.environment?.[name].includes('//upstream-stubs:'));
        expect(overrides.filter((name) => !stubUrls.includes(name))).toEqual([]);
      });

      it('reaches the stubs and postgres by service name, never the container loopback', () => {
        const service = serviceOf(profile, app.name);
        const env = effectiveEnv(profile, service);
        const loopback = Object.entries(env).filter(([name, value]) => !BROWSER_FACING.has(name) && /\b(localhost|127\.0\.0\.1)\b/.test(value));
        expect(loopback).toEqual([]);
        expect(service.depends_on?.['upstream-stubs']).toEqual({ condition: 'service_healthy' });
        if (app.database) {
          const url = new URL(env.DATABASE_URL);
          expect(url.hostname).toBe('postgres');
          expect(postgresDatabases()).toContain(url.pathname.slice(1));
          expect(service.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
        } else {
          expect(env.DATABASE_URL).toBeUndefined();
        }
      });
    } else {
      it('takes every value Kubernetes keeps in a Secret from the shell, never from a file, and no local default', async () => {
        const service = serviceOf(profile, app.name);
        const secrets = await secretVariables(app.name);
        const fileEnv = readEnvFile('.env.development');
        expect(secrets.length).toBeGreaterThan(0);
        for (const name of secrets) {
          expect(`${name}: ${fileEnv[name] ?? ''}`).toBe(`${name}: `);
          const fromTheShell = name === 'DATABASE_URL' ? `\${${app.name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL:-}` : `\${${name}:-}`;
          expect(`${name}: ${service.environment?.[name]}`).toBe(`${name}: ${fromTheShell}`);
        }
        // No value the local profile uses (fake secrets, the throwaway postgres password) reaches this one.
        const env = effectiveEnv(profile, service);
        const localValues = localSecretValues();
        expect(Object.entries(env).filter(([, value]) => localValues.some((local) => value.includes(local)))).toEqual([]);
      });

      it('keeps no database in the container: the images carry no embedded database', () => {
        const service = serviceOf(profile, app.name);
        expect(service.environment?.EMBEDDED_DB_DIR).toBeUndefined();
        expect((service.volumes ?? []).filter((volume) => !volume.startsWith('./') && !volume.startsWith('${'))).toEqual([]);
      });
    }
  });
});

it('publishes postgres (local profile only) on the loopback interface', () => {
  expect(services.postgres.profiles).toEqual(['local']);
  expect(services.postgres.ports).toEqual(['127.0.0.1:5432:5432']);
});

it.each([
  ['local', 'authorisation.local.yaml'],
  ['development', 'authorisation.dev.yaml'],
] as Array<[Profile, string]>)('%s: hmpps-integration-api reads %s, mounted as in Kubernetes (consumers files are not in the image)', (profile, file) => {
  const service = serviceOf(profile, 'hmpps-integration-api');
  const env = effectiveEnv(profile, service);
  // The image's working directory is /app; the consumers folder of this checkout is mounted at /app/config.
  expect(service.volumes).toContain('./apps/hmpps-integration-api/config:/app/config:ro');
  expect(env.AUTHORISATION_CONFIG).toBe(`config/${file}`);
  expect(existsSync(join(REPO_ROOT, 'apps', 'hmpps-integration-api', 'config', file))).toBe(true);
});

it('mounts the LRS client certificate (WebServiceClientCert.pfx) read-only where LRS_PFX_PATH points, in development', () => {
  const service = serviceOf('development', 'learner-records');
  const env = effectiveEnv('development', service);
  expect(env.LRS_PFX_PATH).toBe('/certs/WebServiceClientCert.pfx');
  // learner-records refuses to start with a certificate but no password for it: the shell supplies it.
  expect(env.PFX_FILE_PASSWORD).toBe('${PFX_FILE_PASSWORD:-}');
  expect(service.volumes).toContain('${LRS_CERT_DIR:-./certs}:/certs:ro');
});
