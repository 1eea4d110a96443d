#!/usr/bin/env node
// Prints an access token minted by the running upstream-stubs (stub HMPPS Auth), for calling the apps by hand:
//   npm run -s token -- --roles ROLE_A,ROLE_B [--url http://localhost:9090] [--expires 3600]
//                       [--client-id my-client] [--username A_USER]
const { parseArgs } = require('node:util');

const USAGE =
  'Usage: npm run -s token -- --roles ROLE_A,ROLE_B [--url http://localhost:9090] [--expires 3600] ' +
  '[--client-id ID] [--username NAME]';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        roles: { type: 'string', default: '' },
        url: { type: 'string', default: process.env.STUBS_URL ?? 'http://localhost:9090' },
        expires: { type: 'string' },
        'client-id': { type: 'string' },
        username: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail(`${error.message}\n${USAGE}`);
  }
}

async function main() {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const request = {
    roles: options.roles
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean),
    clientId: options['client-id'],
    username: options.username,
  };
  if (options.expires !== undefined) {
    if (!/^-?\d+$/.test(options.expires)) {
      fail(`--expires must be a whole number of seconds, got "${options.expires}"\n${USAGE}`);
    }
    request.expiresInSeconds = Number(options.expires);
  }
  const endpoint = `${options.url.replace(/\/$/, '')}/__admin/token`;
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    fail(
      `upstream-stubs is not reachable at ${options.url} (${error.cause?.code ?? error.cause?.message ?? error.message}).\n` +
        'Start it with `npm start` (or just the stubs: `node dist/apps/upstream-stubs/main.js`), or pass --url.',
    );
  }
  const text = await response.text();
  if (!response.ok) {
    fail(`upstream-stubs refused the token request (${response.status}): ${text}`);
  }
  console.log(JSON.parse(text).access_token);
}

main();
