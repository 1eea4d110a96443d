#!/usr/bin/env node
// What goes into one app's container image, worked out from the built code (docker/Dockerfile runs this
// in its build stage; docker/verify-image.sh and test/deployment check the result):
//   node scripts/image-contents.js <app> <out-dir>
// writes <out-dir>/dist (the app's own files and only the lib files its code requires), and a
// package.json + package-lock.json that list only the npm packages that code requires, pinned to the
// versions of the repository's lock, so `npm ci --omit=dev` in the image installs those and nothing else.
//
// The walk follows every require() of the compiled CommonJS from dist/apps/<app>/main.js: relative
// requires are files to copy, bare ones are packages. Each app folder is copied whole (code plus the
// assets it reads by path: WSDLs, stub fixtures) except its docs, build config and config/ (the
// hmpps-integration-api consumers files, mounted at run time as in Kubernetes). The embedded database
// (PGlite, started on a worker thread from embedded-postgres.worker.js, which no require reaches) is never
// in an image: every deployment gives its apps a DATABASE_URL.
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

const ROOT = path.join(__dirname, '..');
/** Packages that only the embedded database needs; an image that would require them is refused. */
const EMBEDDED_DB_PACKAGES = ['@electric-sql/pglite', '@electric-sql/pglite-socket'];
/**
 * Data files an app reads from another app's folder, by path: the LRS stub serves the very WSDLs that
 * learner-records calls with (apps/upstream-stubs/src/lrs/lrs-fixtures.ts). Only non-code files.
 */
const READS_FROM_OTHER_APPS = { 'upstream-stubs': ['apps/learner-records/src/upstream/wsdl'] };
/** Files of an app folder that are not part of the running app. */
const NOT_SHIPPED = [/(^|\/)README\.md$/, /^tsconfig.*\.json$/, /^config\//];
const REQUIRE = /\brequire(?:\.resolve)?\((["'])([^"']+)\1\)/g; // require.resolve too: vera finds govuk-frontend's files through it
const BUILTINS = new Set(builtinModules);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]);
}

/** The file a relative require names, as Node resolves it (file, file.js, dir/index.js). */
function resolveFile(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.js`, path.join(base, 'index.js')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)} requires ${specifier}, which is not in dist/ (run npm run build)`);
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * The image of `app`: `files` (paths relative to the repository root, all under dist/) and `packages`
 * (every npm package its code requires).
 */
function imageOf(app, root = ROOT) {
  const dist = path.join(root, 'dist');
  const appDir = path.join(dist, 'apps', app);
  const main = path.join(appDir, 'main.js');
  if (!fs.existsSync(main)) throw new Error(`dist/apps/${app}/main.js is missing: run npm run build`);

  const appFiles = listFiles(appDir).filter((file) => !NOT_SHIPPED.some((pattern) => pattern.test(path.relative(appDir, file).split(path.sep).join('/'))));
  const reached = new Set();
  const packages = new Set();
  const pending = appFiles.filter((file) => file.endsWith('.js'));
  while (pending.length > 0) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    for (const [, , specifier] of fs.readFileSync(file, 'utf8').matchAll(REQUIRE)) {
      if (specifier.startsWith('.')) pending.push(resolveFile(file, specifier));
      else if (!isBuiltin(specifier)) packages.add(packageName(specifier));
    }
  }
  const outside = [...reached].filter((file) => !file.startsWith(appDir + path.sep));
  for (const file of outside) {
    const relative = path.relative(dist, file).split(path.sep);
    if (relative[0] !== 'libs') throw new Error(`dist/apps/${app} requires ${path.relative(root, file)}: an app may require only its own files and libs/`);
  }
  const embedded = EMBEDDED_DB_PACKAGES.filter((name) => packages.has(name));
  if (embedded.length > 0) throw new Error(`${app} requires ${embedded.join(', ')}: images never carry the embedded database`);

  const libFiles = outside.flatMap((file) => (fs.existsSync(`${file}.map`) ? [file, `${file}.map`] : [file]));
  const dataFiles = (READS_FROM_OTHER_APPS[app] ?? []).flatMap((dir) => listFiles(path.join(dist, dir))).filter((file) => !/\.js(\.map)?$/.test(file));
  const files = [...appFiles, ...libFiles, ...dataFiles, path.join(dist, 'build-info.json')].map((file) => path.relative(root, file).split(path.sep).join('/'));
  return { files: files.sort(), packages: [...packages].sort() };
}

/** Where the lock installs `name` for the package installed at `from` (Node's node_modules lookup). */
function lockLocation(lockPackages, from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lockPackages[candidate]) return candidate;
    if (!dir) return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent < 0 ? '' : dir.slice(0, parent);
  }
}

/**
 * package.json and package-lock.json for an image that needs exactly `packages`: ranges from the root
 * package.json (exact locked versions for packages it does not list, such as fastify, which comes with
 * @nestjs/platform-fastify), and the root lock's entries for everything they pull in. An optional peer
 * is kept when the package loads it by name at run time (RUNTIME_PEERS) and the root lists it as a
 * production dependency.
 */
/**
 * Optional peers a package loads by name at run time, so the image needs them. Other optional peers
 * (e.g. @nestjs/terminus's typeorm, for an indicator only stateful apps use) come only with the code that
 * requires them.
 */
const RUNTIME_PEERS = { typeorm: ['pg'], '@nestjs/swagger': ['@fastify/static'] };

function manifests(app, packages, root = ROOT) {
  const rootManifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const declared = rootManifest.dependencies ?? {};
  const dependencies = {};
  for (const name of packages) {
    const location = `node_modules/${name}`;
    if (!lock.packages[location]) throw new Error(`${app} requires ${name}, which package-lock.json does not install at the top level`);
    if (lock.packages[location].dev) throw new Error(`${app} requires ${name}, a devDependency: add it to dependencies`);
    dependencies[name] = declared[name] ?? lock.packages[location].version;
  }

  // npm installs an optional peer only when something depends on it outright: each one kept becomes a
  // dependency of the image, which may pull in further ones, so walk until nothing new appears.
  let kept;
  for (;;) {
    kept = {};
    const peersToAdd = new Set();
    const visit = (from, names) => {
      for (const name of names) {
        const location = lockLocation(lock.packages, from, name);
        if (!location || kept[location]) continue; // absent: an optional dependency for another platform
        const entry = lock.packages[location];
        kept[location] = entry;
        const meta = entry.peerDependenciesMeta ?? {};
        const loadsByName = RUNTIME_PEERS[packageName(location.slice(location.lastIndexOf('node_modules/') + 13))] ?? [];
        const peers = Object.keys(entry.peerDependencies ?? {}).filter(
          (peer) => !meta[peer]?.optional || (loadsByName.includes(peer) && peer in declared),
        );
        for (const peer of peers) if (meta[peer]?.optional && !(peer in dependencies)) peersToAdd.add(peer);
        visit(location, [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers]);
      }
    };
    visit('', Object.keys(dependencies));
    if (peersToAdd.size === 0) break;
    for (const peer of peersToAdd) dependencies[peer] = declared[peer];
  }
  const embedded = EMBEDDED_DB_PACKAGES.filter((name) => Object.keys(kept).some((location) => location.endsWith(`node_modules/${name}`)));
  if (embedded.length > 0) throw new Error(`${app}'s packages pull in ${embedded.join(', ')}: images never carry the embedded database`);

  const name = `${rootManifest.name}-${app}`;
  const sortedDependencies = Object.fromEntries(Object.keys(dependencies).sort().map((dep) => [dep, dependencies[dep]]));
  const packageJson = { name, version: rootManifest.version, private: true, license: rootManifest.license, engines: rootManifest.engines, dependencies: sortedDependencies };
  const sorted = Object.fromEntries(Object.keys(kept).sort().map((location) => [location, kept[location]]));
  const packageLock = {
    name,
    version: rootManifest.version,
    lockfileVersion: lock.lockfileVersion,
    requires: true,
    packages: { '': { name, version: rootManifest.version, license: rootManifest.license, dependencies: sortedDependencies, engines: rootManifest.engines }, ...sorted },
  };
  return { packageJson, packageLock };
}

function writeImage(app, outDir, root = ROOT) {
  const { files, packages } = imageOf(app, root);
  const { packageJson, packageLock } = manifests(app, packages, root);
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(outDir, file));
  }
  fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(packageJson, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, 'package-lock.json'), JSON.stringify(packageLock, null, 2) + '\n');
  return { files, packages: Object.keys(packageJson.dependencies), installs: Object.keys(packageLock.packages).filter(Boolean) };
}

module.exports = { imageOf, manifests, writeImage, EMBEDDED_DB_PACKAGES };

if (require.main === module) {
  const [app, outDir] = process.argv.slice(2);
  if (!app || !outDir) {
    console.error('usage: node scripts/image-contents.js <app> <out-dir>');
    process.exit(2);
  }
  try {
    const { files, packages, installs } = writeImage(app, path.resolve(outDir));
    console.log(`${app}: ${files.length} files; depends on ${packages.join(', ')}; installs ${installs.length} packages`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
