// The suite's runnable apps, their local ports, and the platform endpoints each must answer.
module.exports = {
  apps: [
    { name: 'upstream-stubs', port: 9090, database: false },
    { name: 'learner-records', port: 8080, database: true },
    { name: 'hmpps-integration-api', port: 8081, database: true },
    { name: 'vera-integration', port: 8090, database: true },
    { name: 'birth-registration-matching', port: 8098, database: false },
  ],
  // Processes the apps need that are not apps: the SQS/SNS emulator the apps' HMPPS_SQS_* settings in
  // .env.local point at (each app creates its own queues and topics there).
  services: [
    {
      name: 'fauxqs',
      port: 4566,
      portVariable: 'FAUXQS_PORT',
      command: 'node node_modules/fauxqs/dist/cli.js',
      env: { FAUXQS_LOGGER: 'false', FAUXQS_DEFAULT_REGION: 'eu-west-2' },
    },
  ],
  platformPaths: ['/health', '/health/ping', '/health/liveness', '/health/readiness', '/info', '/v3/api-docs', '/swagger-ui/index.html'],
  // Prometheus metrics are on a port of their own (METRICS_PORT; by default the app's port + 10000).
  metricsPort: (appPort) => appPort + 10000,
  // hmpps-integration-api authorises every path, platform ones included, by the client-certificate DN.
  probeHeaders: { 'subject-distinguished-name': 'C=GB,O=Local,CN=all-access' },
};
