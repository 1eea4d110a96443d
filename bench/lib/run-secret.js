// The apps run as in production, which refuses the stubs' well-known local credentials (they say
// "local"); each run gives an app and its stand-in a credential of their own instead (a group's stubsEnv).
const crypto = require('node:crypto');

const runSecret = () => crypto.randomBytes(16).toString('hex');

module.exports = { runSecret };
