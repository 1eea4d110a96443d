// Runs after the SWC build. The build mirrors the source tree (dist/apps/<app>/src/main.js); every image
// and `npm start` run `node dist/apps/<app>/main.js`, so give each app that stable entry point. Also
// record the version and git sha once, for `/info`.
const fs = require('node:fs');
const path = require('node:path');
const { execSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const appsDir = path.join(root, 'dist', 'apps');
for (const app of fs.readdirSync(appsDir)) {
  if (fs.existsSync(path.join(appsDir, app, 'src', 'main.js'))) {
    fs.writeFileSync(path.join(appsDir, app, 'main.js'), "require('./src/main');\n");
  }
}

let gitSha = process.env.GIT_SHA ?? 'unknown';
try {
  gitSha = execSync('git rev-parse HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  // building outside a git checkout (e.g. in an image): keep GIT_SHA or 'unknown'
}
const { version } = require(path.join(root, 'package.json'));
fs.writeFileSync(path.join(root, 'dist', 'build-info.json'), JSON.stringify({ version, gitSha, builtAt: new Date().toISOString() }) + '\n');
