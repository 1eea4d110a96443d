import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { appRoutes } from './app-routes';
import { ALL_APPS, REPO_ROOT, SuiteApp } from './suite';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
interface Lock {
  packages: Record<string, LockEntry>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const imageContents = require(join(REPO_ROOT, 'scripts', 'image-contents.js')) as {
  imageOf(app: string, root?: string): { files: string[]; packages: string[] };
  manifests(app: string, packages: string[], root?: string): { packageJson: { dependencies: Record<string, string> }; packageLock: Lock };
  EMBEDDED_DB_PACKAGES: string[];
};

const rootLock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as Lock;
let root: string;

// The same build as `npm run build` (package.json), into a scratch checkout, so the test never touches dist/.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'image-contents-'));
  for (const file of ['package.json', 'package-lock.json']) symlinkSync(join(REPO_ROOT, file), join(root, file));
  const buildScript = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const swc = buildScript.split(' && ')[0].replace(/^swc /, '').replace(' -d dist ', ` -d ${join(root, 'dist')} `);
  const built = spawnSync('/bin/sh', ['-c', `npx swc ${swc} && node scripts/write-entrypoints.js ${join(root, 'dist')}`], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Where the lock installs `name` for the package at `from` (Node's lookup up the node_modules folders). */
function resolvesIn(lock: Lock, from: string, name: string): boolean {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    if (lock.packages[dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`]) return true;
    if (!dir) return false;
  }
}

describe.each(ALL_APPS)('the $name image', (app: SuiteApp) => {
  let files: string[];
  let packages: string[];
  let lock: Lock;
  let dependencies: Record<string, string>;

  beforeAll(() => {
    ({ files, packages } = imageContents.imageOf(app.name, root));
    const manifests = imageContents.manifests(app.name, packages, root);
    lock = manifests.packageLock;
    dependencies = manifests.packageJson.dependencies;
  });

  it('holds its own app and the built info, and no other app’s code, no test helper and no consumers file', () => {
    expect(files).toContain(`dist/apps/${app.name}/main.js`);
    expect(files).toContain('dist/build-info.json');
    const code = files.filter((file) => file.endsWith('.js'));
    expect(code.filter((file) => !file.startsWith(`dist/apps/${app.name}/`) && !file.startsWith('dist/libs/'))).toEqual([]);
    // Another app's data files only where this app reads them by path (the LRS stub serves learner-records' WSDLs).
    const elsewhere = files.filter((file) => !file.startsWith(`dist/apps/${app.name}/`) && !file.startsWith('dist/libs/') && file !== 'dist/build-info.json');
    expect(elsewhere.filter((file) => !(app.name === 'upstream-stubs' && /^dist\/apps\/learner-records\/src\/upstream\/wsdl\/[^/]+\.wsdl$/.test(file)))).toEqual([]);
    expect(files.filter((file) => /^dist\/libs\/testing\/|\/config\/authorisation|\/README\.md$|\/tsconfig/.test(file))).toEqual([]);
    // The embedded database's worker (PGlite) is never in an image.
    expect(files.filter((file) => file.includes('embedded-postgres.worker'))).toEqual([]);
  });

  it('installs only packages its code needs: no embedded database, nothing only the devDependencies need', () => {
    const installs = Object.keys(lock.packages).filter(Boolean);
    expect(installs.filter((location) => imageContents.EMBEDDED_DB_PACKAGES.some((name) => location.endsWith(`node_modules/${name}`)))).toEqual([]);
    expect(installs.filter((location) => rootLock.packages[location]?.dev)).toEqual([]);
    expect(Object.keys(dependencies).sort()).toEqual(expect.arrayContaining(packages));
    expect(lock.packages[''].dependencies).toEqual(dependencies);
    // Exactly the repository's locked versions, and a closed set: every dependency resolves inside it.
    for (const location of installs) {
      expect(`${location}@${lock.packages[location].version}`).toBe(`${location}@${rootLock.packages[location]?.version}`);
      const entry = lock.packages[location];
      const needed = [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !entry.peerDependenciesMeta?.[peer]?.optional)];
      const unresolved = needed.filter((name) => !resolvesIn(lock, location, name) && !rootLock.packages[`${location}/node_modules/${name}`]?.optional);
      expect(`${location}: ${unresolved.join(', ')}`).toBe(`${location}: `);
    }
  });

  if (app.name === 'upstream-stubs') return;

  it('serves no token-minting endpoint (the stubs’ HMPPS Auth lives only in the upstream-stubs image)', async () => {
    const routes = (await appRoutes(app.name)).map((route) => route.path);
    expect(routes.filter((path) => /oauth\/token|jwks|__admin/.test(path))).toEqual([]);
  });
});

it.each(ALL_APPS)('$name: database packages only where the app keeps state', (app: SuiteApp) => {
  const { packageJson } = imageContents.manifests(app.name, imageContents.imageOf(app.name, root).packages, root);
  const database = ['@nestjs/typeorm', 'pg', 'typeorm'].filter((name) => name in packageJson.dependencies);
  expect(database).toEqual(app.database ? ['@nestjs/typeorm', 'pg', 'typeorm'] : []);
});

describe('scripts/image-contents.js refuses', () => {
  let fake: string;
  beforeEach(() => {
    fake = mkdtempSync(join(tmpdir(), 'image-refuses-'));
    for (const file of ['package.json', 'package-lock.json']) symlinkSync(join(REPO_ROOT, file), join(fake, file));
  });
  afterEach(() => rmSync(fake, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(fake, path)), { recursive: true });
      writeFileSync(join(fake, path), text);
    }
  };

  it('an app whose code requires the embedded database', () => {
    write({ 'dist/apps/a/main.js': 'require("./src/db");\n', 'dist/apps/a/src/db.js': 'require("@electric-sql/pglite");\n', 'dist/build-info.json': '{}' });
    expect(() => imageContents.imageOf('a', fake)).toThrow('images never carry the embedded database');
  });

  it('an app that requires another app', () => {
    write({ 'dist/apps/a/main.js': 'require("../b/src/x");\n', 'dist/apps/b/src/x.js': '', 'dist/build-info.json': '{}' });
    expect(() => imageContents.imageOf('a', fake)).toThrow('an app may require only its own files and libs/');
  });

  it('a package only the devDependencies provide', () => {
    write({ 'dist/apps/a/main.js': 'require("jest");\n', 'dist/build-info.json': '{}' });
    expect(() => imageContents.manifests('a', imageContents.imageOf('a', fake).packages, fake)).toThrow('a devDependency');
  });
});
