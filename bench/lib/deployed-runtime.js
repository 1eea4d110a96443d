// The node flags an app runs with in its pod, read from its Kubernetes ConfigMap
// (deploy/k8s/<app>/base/configmap.yaml), so the benchmark measures the V8 heap sizes the deployment
// chose rather than the ones this host's memory would make (V8 sizes its young generation from it).
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('yaml');

const DEPLOY_DIR = path.join(__dirname, '..', '..', 'deploy', 'k8s');

/** `{ nodeOptions }` from a ConfigMap's text: its NODE_OPTIONS as separate flags. The rest of the
 * ConfigMap is the app's configuration, which each scenario sets for the benchmark's own stubs. */
function runtimeOf(configMapText) {
  const data = parse(configMapText)?.data ?? {};
  return {
    nodeOptions: String(data.NODE_OPTIONS ?? '')
      .split(/\s+/)
      .filter(Boolean),
  };
}

/** The deployed runtime of `app`; none when the app has no ConfigMap. */
function deployedRuntime(app, deployDir = DEPLOY_DIR) {
  const file = path.join(deployDir, app, 'base', 'configmap.yaml');
  if (!fs.existsSync(file)) return { nodeOptions: [] };
  return runtimeOf(fs.readFileSync(file, 'utf8'));
}

module.exports = { deployedRuntime, runtimeOf };
