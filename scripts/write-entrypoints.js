// The SWC build mirrors the source tree (dist/apps/<app>/src/main.js); each image and `npm start`
// run `node dist/apps/<app>/main.js`, so give every app that stable entry point.
const fs = require('node:fs');
const path = require('node:path');

const appsDir = path.join(__dirname, '..', 'dist', 'apps');
for (const app of fs.readdirSync(appsDir)) {
  if (fs.existsSync(path.join(appsDir, app, 'src', 'main.js'))) {
    fs.writeFileSync(path.join(appsDir, app, 'main.js'), "require('./src/main');\n");
  }
}
