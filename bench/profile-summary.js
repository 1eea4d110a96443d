#!/usr/bin/env node
// Summarises a V8 CPU profile (from `npm run bench -- --cpu-prof`): self time by function and by package,
// so a missed target can be traced to its cause. Usage: node bench/profile-summary.js <file.cpuprofile> [top]
const fs = require('node:fs');

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.js <file.cpuprofile> [top]');
  process.exit(1);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

// Self time of a node = its share of samples; time deltas give each sample's weight in microseconds.
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

function packageOf(url) {
  if (!url) return '(native/V8)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node core';
  const dist = url.indexOf('/dist/');
  return dist >= 0
    ? url
        .slice(dist + 1)
        .split('/')
        .slice(0, 3)
        .join('/')
    : url;
}

const byFunction = new Map();
const byPackage = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'}  ${url ? `${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const pkg = packageOf(url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}

// Inclusive time by package: each busy sample counts once for every package on its stack, so a library's
// figure includes the work it causes (e.g. a JWT library's key parsing in node core).
const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const inclusive = new Map();
let busyUs = 0;
for (const [id, us] of selfUs) {
  if (IDLE.has(nodeById.get(id).callFrame.functionName)) continue;
  busyUs += us;
  const packages = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const { url } = nodeById.get(at).callFrame;
    if (url && !url.startsWith('node:')) packages.add(packageOf(url));
  }
  for (const pkg of packages) inclusive.set(pkg, (inclusive.get(pkg) ?? 0) + us);
}

const show = (title, map, n, of = totalUs) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(
      `${((us / of) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    );
  }
};
console.log(`${file}: ${(totalUs / 1e6).toFixed(1)} s sampled`);
show('Self time by package', byPackage, top);
show('Self time by function', byFunction, top);
show(
  `Inclusive time by package, as a share of the ${(busyUs / 1e6).toFixed(1)} s busy (not idle)`,
  inclusive,
  top,
  busyUs,
);
