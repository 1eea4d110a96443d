// hmpps-integration-api's upstream URL variables and the upstream-stubs prefix serving each, read from the
// hmpps section of .env.local (what `npm start` runs), so a new upstream cannot be missing from the bench.
const fs = require('node:fs');
const path = require('node:path');

const LOCAL_STUBS = 'http://localhost:9090';

/** `NAME_URL=http://localhost:9090/prefix` lines between the hmpps header and the next section. */
function hmppsUpstreamPrefixes(envText) {
  const section = envText.split(/^# --- /m).find((part) => part.startsWith('hmpps-integration-api'));
  if (!section) throw new Error('.env.local has no hmpps-integration-api section');
  const prefixes = {};
  for (const line of section.split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*_URL)=(\S+)$/.exec(line.trim());
    if (!match || !match[2].startsWith(`${LOCAL_STUBS}/`)) continue;
    const prefix = match[2].slice(LOCAL_STUBS.length);
    // The token service is every app's own setting (the bench gives it separately).
    if (match[1] !== 'HMPPS_AUTH_URL') prefixes[match[1]] = prefix;
  }
  return prefixes;
}

module.exports = {
  hmppsUpstreamPrefixes,
  UPSTREAM_PREFIXES: hmppsUpstreamPrefixes(
    fs.readFileSync(path.join(__dirname, '..', '..', '.env.local'), 'utf8'),
  ),
};
