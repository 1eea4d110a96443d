// The suite's runnable apps, their local ports, and the platform endpoints each must answer.
module.exports = {
  apps: [
    { name: 'upstream-stubs', port: 9090, database: false },
    { name: 'learner-records', port: 8080, database: true },
    { name: 'hmpps-integration-api', port: 8081, database: true },
    { name: 'vera-integration', port: 8090, database: true },
    { name: 'birth-registration-matching', port: 8098, database: false },
  ],
  platformPaths: ['/health', '/health/ping', '/health/liveness', '/health/readiness', '/info', '/v3/api-docs', '/swagger-ui/index.html'],
  // Prometheus metrics are on a port of their own (METRICS_PORT; by default the app's port + 10000).
  metricsPort: (app) => app.port + 10000,
  // hmpps-integration-api authorises every path, platform ones included, by the client-certificate DN.
  probeHeaders: { 'subject-distinguished-name': 'C=GB,O=Local,CN=all-access' },
};
