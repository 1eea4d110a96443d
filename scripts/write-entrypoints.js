// Runs after the SWC build (`node scripts/write-entrypoints.js [dist-dir]`, dist/ by default). The build
// mirrors the source tree (dist/apps/<app>/src/main.js); every image and `npm start` run
// `node dist/apps/<app>/main.js`, so give each app that stable entry point. Also record the version, the
// git commit and the build time once, in dist/build-info.json, for `/info`.
const fs = require('node:fs');
const path = require('node:path');
const { execSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const appsDir = path.join(dist, 'apps');
for (const app of fs.readdirSync(appsDir)) {
  if (fs.existsSync(path.join(appsDir, app, 'src', 'main.js'))) {
    fs.writeFileSync(path.join(appsDir, app, 'main.js'), "require('./src/main');\n");
  }
}

// GIT_SHA when given (an image build: its context has no .git), otherwise the checkout's commit.
let gitSha = process.env.GIT_SHA && process.env.GIT_SHA !== 'unknown' ? process.env.GIT_SHA : 'unknown';
if (gitSha === 'unknown') {
  try {
    gitSha = execSync('git rev-parse HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    // not a git checkout: 'unknown'
  }
}
const { version } = require(path.join(root, 'package.json'));
fs.writeFileSync(path.join(dist, 'build-info.json'), JSON.stringify({ version, gitSha, builtAt: new Date().toISOString() }) + '\n');
