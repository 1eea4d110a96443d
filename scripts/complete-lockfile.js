#!/usr/bin/env node
// The npm registry mirror of our build machines serves only the Linux x64 builds of packages that ship
// one binary package per platform (@swc/core-*, @unrs/resolver-binding-*). `npm install` then leaves the
// other platforms' optional packages out of package-lock.json, and npm 11's `npm ci` refuses such a lock.
// This adds the missing entries exactly as a full registry would record them: version from the parent's
// optionalDependencies, and os/cpu/libc from the package name, so npm skips them on other platforms.
// Run it after any `npm install` that changes the lock: `npm run deps:complete-lock`.
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 'ppc64le', 's390x', 'loong64', 'riscv64', 'wasm32', 'mips64el'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  if (!os || !cpu) return undefined;
  const abi = parts[parts.length - 1];
  const libc = /^musl/.test(abi) ? ['musl'] : os === 'linux' && /^gnu/.test(abi) ? ['glibc'] : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${location}/${key}`]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+$/.test(range)) continue; // only exact-pinned per-platform binaries
    lock.packages[key] = { version: range, ...platform, dev: entry.dev, optional: true };
    if (!entry.dev) delete lock.packages[key].dev;
    added++;
  }
}

const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} platform-specific optional entries`);
