// The image's HEALTHCHECK (slim images have no curl): exit 0 when /health/ping answers 200.
// hmpps-integration-api authorises every path by the client-certificate DN, health included, so the
// check identifies itself as the Kubernetes probe consumer; other apps ignore the header.
const port = process.env.PORT;
const subjectDn = process.env.HEALTHCHECK_SUBJECT_DN ?? 'O=K8s,CN=kubernetes-health-check-client';

fetch(`http://127.0.0.1:${port}/health/ping`, {
  headers: { 'subject-distinguished-name': subjectDn },
  signal: AbortSignal.timeout(4000),
})
  .then((response) => process.exit(response.status === 200 ? 0 : 1))
  .catch(() => process.exit(1));
