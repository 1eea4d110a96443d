// Runs one embedded PostgreSQL (the apps' own default, from the build) in a process of its own, so an
// app under load is measured alone, as it runs against an external database in production. Prints
// "embedded postgres <url>" once listening; stops on SIGTERM.
const path = require('node:path');
const { startEmbeddedPostgres } = require(
  path.join(__dirname, '..', '..', 'dist', 'libs', 'database', 'src', 'embedded-postgres.js'),
);

startEmbeddedPostgres().then(
  (db) => {
    console.log(`embedded postgres ${db.url}`);
    process.once('SIGTERM', () => db.stop().finally(() => process.exit(0)));
  },
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
