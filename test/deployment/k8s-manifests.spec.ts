import type { IDeployment } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IPrometheusRule, IServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import type { IIngress, INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IConfigMap, IContainer, IProbe, IService } from 'kubernetes-models/v1';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerNameFromDn } from '../../apps/hmpps-integration-api/src/consumers/subject-distinguished-name';
import { parseAuthorisationConfig } from '../../apps/hmpps-integration-api/src/consumers/authorisation-config';
import { parse } from 'yaml';
import { AppRoute, appGetRoutes, appRoutes } from './app-routes';
import { validateAgainstSchema } from './k8s-schema';
import { K8sObject, renderOverlay, splitImage } from './kustomize/render-kustomization';
import { PLATFORM_PATHS, REPO_ROOT, requiredEnv, SERVICES, SuiteApp } from './suite';

const DEPLOY_ROOT = join(REPO_ROOT, 'deploy', 'k8s');
const ENVIRONMENTS = ['dev', 'preprod', 'prod'];
/** The DN hmpps-integration-api's Kubernetes probes send (the reference's probe consumer). */
const PROBE_DN = 'O=K8s,CN=kubernetes-health-check-client';
/** libs/platform's shutdown bound when SHUTDOWN_TIMEOUT_MS is not set. */
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;
/** The in-cluster metrics port (METRICS_PORT), named `metrics` on the container and the Service. */
const METRICS_PORT = 9464;
/** Namespaces of the platform: the ingress controllers, and Prometheus. */
const INGRESS_NAMESPACE = { 'kubernetes.io/metadata.name': 'ingress-controllers' };
const MONITORING_NAMESPACE = { 'kubernetes.io/metadata.name': 'monitoring' };
/** The ingress-nginx controller's pods (the chart's labels): the only peer hmpps-integration-api trusts. */
const INGRESS_CONTROLLER_PODS = { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' };
/**
 * Paths that never go on the public Ingress: health (birth-registration-matching's /ping/ping too), info,
 * metrics, queue administration, the API documents, and vera-integration's provider administration
 * (operators reach those through the cluster). Everything else an app serves is its API and must be routed.
 */
const INTERNAL_PATH = /^\/(health|ping|info|metrics|queue-admin|swagger-ui|v3\/api-docs|admin)(\/|$)/;

/** Does an Ingress path (Prefix: whole path segments; Exact) route a request for this route's path? */
function routes(rule: { path?: string; pathType: string }, routePath: string): boolean {
  // A route parameter stands for any one segment: try it as that parameter's name, which no rule names.
  const path = routePath.replace(/:[^/]+/g, 'x');
  if (rule.pathType === 'Exact') return path === rule.path;
  const prefix = (rule.path ?? '/').replace(/\/$/, '');
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/** The app's source uses the outbox and its dead-letter store (libs/queue). */
function usesQueues(app: string): boolean {
  const files = readdirSync(join(REPO_ROOT, 'apps', app, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.some((file) => readFileSync(join(REPO_ROOT, 'apps', app, 'src', file), 'utf8').includes("from '@libs/queue'"));
}

function only<T>(objects: K8sObject[], kind: string): T {
  const matching = objects.filter((o) => o.kind === kind);
  if (matching.length !== 1) throw new Error(`expected one ${kind}, found ${matching.length}`);
  return matching[0] as unknown as T;
}

function appContainer(deployment: IDeployment, app: string): IContainer {
  const container = deployment.spec?.template.spec?.containers.find((c) => c.name === app);
  if (!container) throw new Error(`Deployment ${deployment.metadata?.name} has no container named ${app}`);
  return container;
}

function configMap(objects: K8sObject[], name: string): IConfigMap {
  const found = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name);
  if (!found) throw new Error(`ConfigMap ${name} is referenced but not rendered`);
  return found as unknown as IConfigMap;
}

/** Every variable the container gets, with where it comes from. */
function containerEnvironment(objects: K8sObject[], container: IContainer): Map<string, string> {
  const env = new Map<string, string>();
  for (const source of container.envFrom ?? []) {
    if (!source.configMapRef) throw new Error('envFrom: only ConfigMaps (secrets are referenced key by key)');
    for (const [name, value] of Object.entries(configMap(objects, source.configMapRef.name as string).data ?? {})) env.set(name, `configmap:${value}`);
  }
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) env.set(variable.name, `value:${variable.value}`);
    else if (variable.valueFrom?.secretKeyRef) env.set(variable.name, `secret:${variable.valueFrom.secretKeyRef.name}/${variable.valueFrom.secretKeyRef.key}`);
    else if (variable.valueFrom?.configMapKeyRef) env.set(variable.name, `configmap:${variable.valueFrom.configMapKeyRef.name}/${variable.valueFrom.configMapKeyRef.key}`);
  }
  return env;
}

function probeHeaders(probe: IProbe | undefined): Record<string, string> {
  return Object.fromEntries((probe?.httpGet?.httpHeaders ?? []).map((h) => [h.name, h.value]));
}

function matches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  return !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

it('deploy/k8s holds one folder per deployed service and nothing else', () => {
  expect(readdirSync(DEPLOY_ROOT).sort()).toEqual(SERVICES.map((app) => app.name).sort());
});

describe.each(SERVICES)('$name manifests', (app: SuiteApp) => {
  let getRoutes: Set<string>;
  let allRoutes: AppRoute[];
  let required: string[];

  beforeAll(async () => {
    getRoutes = await appGetRoutes(app.name);
    allRoutes = [...(await appRoutes(app.name)), ...PLATFORM_PATHS.map((path) => ({ method: 'GET', path }))];
    required = await requiredEnv(app.name);
  });

  describe.each(ENVIRONMENTS)('overlay %s', (environment) => {
    let objects: K8sObject[];
    let deployment: IDeployment;
    let container: IContainer;

    beforeAll(() => {
      objects = renderOverlay(join(DEPLOY_ROOT, app.name, 'overlays', environment));
      deployment = only<IDeployment>(objects, 'Deployment');
      container = appContainer(deployment, app.name);
    });

    it('renders a Deployment, Service, ConfigMap, HPA, PDB, Ingress, NetworkPolicy, ServiceMonitor and PrometheusRule that are valid objects of their schemas', () => {
      for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Ingress', 'NetworkPolicy', 'ServiceMonitor', 'PrometheusRule']) only(objects, kind);
      expect(objects.some((o) => o.kind === 'ConfigMap')).toBe(true);
      for (const object of objects) validateAgainstSchema(object);
      expect(objects.every((o) => o.metadata.namespace === `${app.name}-${environment}`)).toBe(true);
      expect(objects.every((o) => o.metadata.labels?.['app.kubernetes.io/environment'] === environment)).toBe(true);
    });

    it('probes real routes of the app: liveness, readiness (503 while draining) and startup (ping)', () => {
      const probes = { liveness: container.livenessProbe, readiness: container.readinessProbe, startup: container.startupProbe };
      expect(Object.fromEntries(Object.entries(probes).map(([name, probe]) => [name, probe?.httpGet?.path]))).toEqual({
        liveness: '/health/liveness',
        readiness: '/health/readiness',
        startup: '/health/ping',
      });
      for (const probe of Object.values(probes)) {
        expect(getRoutes).toContain(probe?.httpGet?.path);
        expect(probe?.httpGet?.port).toBe('http');
      }
    });

    it('listens on the app port, which the Service and the Ingress reach, and serves metrics on its own port', () => {
      const service = only<IService>(objects, 'Service');
      const ingress = only<IIngress>(objects, 'Ingress');
      expect(container.ports).toEqual([
        { name: 'http', containerPort: app.port, protocol: 'TCP' },
        { name: 'metrics', containerPort: METRICS_PORT, protocol: 'TCP' },
      ]);
      const env = containerEnvironment(objects, container);
      expect(env.get('PORT')).toBe(`configmap:${app.port}`);
      expect(env.get('METRICS_PORT')).toBe(`configmap:${METRICS_PORT}`);
      expect(service.spec?.ports).toEqual([
        { name: 'http', port: app.port, targetPort: 'http', protocol: 'TCP' },
        { name: 'metrics', port: METRICS_PORT, targetPort: 'metrics', protocol: 'TCP' },
      ]);
      expect(matches(service.spec?.selector, deployment.spec?.template.metadata?.labels)).toBe(true);
      const backends = (ingress.spec?.rules ?? []).flatMap((rule) => rule.http?.paths.map((p) => p.backend.service) ?? []);
      expect(backends.length).toBeGreaterThan(0);
      expect(new Set(backends.map((backend) => JSON.stringify(backend)))).toEqual(new Set([JSON.stringify({ name: service.metadata?.name, port: { name: 'http' } })]));
    });

    it("sizes both V8 heap generations itself, so neither depends on the memory V8 sees (the pod's limit or the host's)", () => {
      const env = containerEnvironment(objects, container);
      const flags = (env.get('NODE_OPTIONS') ?? '').replace(/^configmap:/, '').split(/\s+/);
      const limit = Number.parseInt(String(container.resources?.limits?.memory), 10);
      const oldSpace = Number(flags.find((flag) => flag.startsWith('--max-old-space-size='))?.split('=')[1]);
      const semiSpace = Number(flags.find((flag) => flag.startsWith('--max-semi-space-size='))?.split('=')[1]);
      expect(container.resources?.limits?.memory).toMatch(/^\d+Mi$/);
      // The whole heap (old + three semi-spaces' worth of young) leaves room under the limit for native memory.
      expect(oldSpace + 3 * semiSpace).toBeLessThan(limit * 0.8);
      expect(semiSpace).toBeGreaterThanOrEqual(8);
    });

    it('routes every API path on the public Ingress, and no health, info, metrics, queue-admin or API-document path', () => {
      const paths = (only<IIngress>(objects, 'Ingress').spec?.rules ?? []).flatMap((rule) => rule.http?.paths ?? []);
      const routed = (route: AppRoute) => paths.some((rule) => routes(rule, route.path));
      const internal = allRoutes.filter((route) => INTERNAL_PATH.test(route.path));
      const api = allRoutes.filter((route) => !INTERNAL_PATH.test(route.path));
      expect(internal.length).toBeGreaterThan(0);
      expect(internal.filter(routed).map((route) => `${route.method} ${route.path}`)).toEqual([]);
      expect(api.filter((route) => !routed(route)).map((route) => `${route.method} ${route.path}`)).toEqual([]);
      // Requests for paths no route serves stay outside too (no catch-all).
      for (const path of ['/', '/metrics/x', '/queue-admin', '/health-x', '/unknown/path']) {
        if (!api.some((route) => route.path === path)) expect(`${path}: ${paths.some((rule) => routes(rule, path)) ? 'routed' : 'not routed'}`).toBe(`${path}: not routed`);
      }
    });

    it('accepts connections only from the ingress controllers on the app port and from monitoring on the metrics port', () => {
      const policy = only<INetworkPolicy>(objects, 'NetworkPolicy');
      expect(policy.spec?.podSelector.matchLabels).toEqual(deployment.spec?.selector.matchLabels);
      expect(policy.spec?.policyTypes).toEqual(['Ingress']);
      const ingressPeer =
        app.name === 'hmpps-integration-api'
          ? { namespaceSelector: { matchLabels: INGRESS_NAMESPACE }, podSelector: { matchLabels: INGRESS_CONTROLLER_PODS } }
          : { namespaceSelector: { matchLabels: INGRESS_NAMESPACE } };
      expect(policy.spec?.ingress).toEqual([
        { from: [ingressPeer], ports: [{ port: 'http', protocol: 'TCP' }] },
        { from: [{ namespaceSelector: { matchLabels: MONITORING_NAMESPACE } }], ports: [{ port: 'metrics', protocol: 'TCP' }] },
      ]);
    });

    it('has Prometheus scrape /metrics on the metrics port of its Service', () => {
      const monitor = only<IServiceMonitor>(objects, 'ServiceMonitor');
      const service = only<IService>(objects, 'Service');
      expect(matches(monitor.spec.selector.matchLabels, service.metadata?.labels)).toBe(true);
      expect(monitor.spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: expect.stringMatching(/^\d+s$/) }]);
      expect(service.spec?.ports?.map((port) => port.name)).toContain('metrics');
    });

    it("alerts on this namespace's 5xx rate, open breakers, dead letters, a stalled outbox relay, failing readiness and stuck events", () => {
      const rules = (only<IPrometheusRule>(objects, 'PrometheusRule').spec?.groups ?? []).flatMap((group) => group.rules ?? []);
      const exprs = rules.map((rule) => String(rule.expr));
      const namespace = `${app.name}-${environment}`;
      for (const expr of exprs) {
        // Each expression's namespace is the overlay's (one cluster holds dev, preprod and prod).
        expect([...expr.matchAll(/namespace="([^"]*)"/g)].map((match) => match[1])).toEqual([namespace]);
      }
      const alerting = (pattern: RegExp) => exprs.filter((expr) => pattern.test(expr));
      expect(alerting(/http_server_requests_seconds_count\{[^}]*status=~"5\.\."[^}]*\}.*\/ on \(namespace\) sum by \(namespace\) \(rate\(http_server_requests_seconds_count\[/)).toHaveLength(1);
      expect(alerting(/upstream_circuit_open\{[^}]*\}\) == 1$/)).toHaveLength(1);
      expect(alerting(new RegExp(`kube_pod_container_status_ready\\{[^}]*container="${app.name}"[^}]*\\}\\) == 0$`))).toHaveLength(1);
      const queues = usesQueues(app.name);
      expect(alerting(/^max by \(namespace, destination\) \(outbox_dead_letter_messages\{[^}]*\}\) > 0$/)).toHaveLength(queues ? 1 : 0);
      expect(alerting(/outbox_oldest_pending_age_seconds\{[^}]*\}\) > 300$/)).toHaveLength(queues ? 1 : 0);
      // hmpps-integration-api's integration events (docs/events.md): stuck events and dead-lettered domain events.
      const events = app.name === 'hmpps-integration-api';
      expect(alerting(/^max by \(namespace, status\) \(integration_events_stuck\{[^}]*\}\) > 0$/)).toHaveLength(events ? 1 : 0);
      expect(alerting(/sqs_queue_messages\{[^}]*queue="hmppsdomainqueue", type="dlq"\}\) > 0$/)).toHaveLength(events ? 1 : 0);
      expect(rules).toHaveLength((queues ? 5 : 3) + (events ? 2 : 0));
      for (const rule of rules) {
        expect(rule).toMatchObject({ alert: expect.stringMatching(/^[A-Z][A-Za-z]+$/), for: expect.stringMatching(/^\d+m$/), labels: { severity: expect.stringMatching(/^(warning|critical)$/) } });
        expect(rule.annotations?.summary).toContain(app.name);
      }
    });

    it('sets resources and runs non-root on a read-only root filesystem with /tmp on an emptyDir', () => {
      expect(container.resources?.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources?.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      const pod = deployment.spec?.template.spec;
      expect(pod?.securityContext?.runAsNonRoot).toBe(true);
      expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      const emptyDirs = new Set((pod?.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
      const writable = (container.volumeMounts ?? []).filter((m) => emptyDirs.has(m.name)).map((m) => m.mountPath);
      expect(writable).toContain('/tmp');
      const embeddedDbDir = containerEnvironment(objects, container).get('EMBEDDED_DB_DIR');
      if (embeddedDbDir !== undefined) expect(writable).toContain(embeddedDbDir.replace(/^\w+:/, ''));
    });

    it('gets every variable the app requires, secrets and the database URL from Secrets', () => {
      const env = containerEnvironment(objects, container);
      expect(required.filter((name) => !env.has(name) || env.get(name)?.endsWith(':'))).toEqual([]);
      for (const [name, source] of env) {
        if (/PASSWORD|SECRET|TOKEN|KEYS/.test(name)) expect(`${name} ${source}`).toMatch(new RegExp(`^${name} secret:`));
      }
      if (app.database) expect(env.get('DATABASE_URL')).toMatch(/^secret:/);
      else expect(env.has('DATABASE_URL')).toBe(false);
      for (const volume of deployment.spec?.template.spec?.volumes ?? []) {
        if (volume.configMap) configMap(objects, volume.configMap.name as string);
      }
    });

    it('scales with an HPA on the Deployment and keeps one pod through disruptions', () => {
      const hpa = only<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler');
      const pdb = only<IPodDisruptionBudget>(objects, 'PodDisruptionBudget');
      expect(hpa.spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata?.name });
      expect(hpa.spec?.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec?.maxReplicas).toBeGreaterThanOrEqual(hpa.spec?.minReplicas ?? Infinity);
      expect(deployment.spec?.replicas).toBeUndefined();
      expect(matches(pdb.spec?.selector?.matchLabels, deployment.spec?.template.metadata?.labels)).toBe(true);
      expect(pdb.spec?.minAvailable).toBe(1);
    });

    it('gives the graceful shutdown (drain, then close) time to finish', () => {
      const drainMs = Number(containerEnvironment(objects, container).get('SHUTDOWN_DRAIN_DELAY_MS')?.replace(/^\w+:/, ''));
      expect(drainMs).toBeGreaterThan(0);
      expect((deployment.spec?.template.spec?.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(drainMs + DEFAULT_SHUTDOWN_TIMEOUT_MS);
    });

    it('runs a pinned image from a registry and serves its own host over TLS', () => {
      const [name, tag] = splitImage(container.image ?? '');
      expect(name).toMatch(new RegExp(`^[a-z0-9.-]+\\.[a-z]+/.+/${app.name}$`));
      expect(tag).toMatch(/^\d+\.\d+\.\d+$/);
      const ingress = only<IIngress>(objects, 'Ingress');
      const hosts = (ingress.spec?.rules ?? []).map((rule) => rule.host);
      expect(hosts).toHaveLength(1);
      expect(ingress.spec?.tls).toEqual([{ hosts, secretName: expect.any(String) }]);
      expect(hosts[0]).toMatch(environment === 'prod' ? /^[a-z.-]+$/ : new RegExp(environment));
    });
  });
});

describe('hmpps-integration-api client-certificate identity', () => {
  describe.each(ENVIRONMENTS)('overlay %s', (environment) => {
    let objects: K8sObject[];

    beforeAll(() => {
      objects = renderOverlay(join(DEPLOY_ROOT, 'hmpps-integration-api', 'overlays', environment));
    });

    it('has the ingress verify the client certificate and pass its DN in subject-distinguished-name', () => {
      const annotations = only<IIngress>(objects, 'Ingress').metadata?.annotations ?? {};
      expect(annotations).toMatchObject({
        'nginx.ingress.kubernetes.io/auth-tls-verify-client': 'on',
        'nginx.ingress.kubernetes.io/auth-tls-pass-certificate-to-upstream': 'true',
        'nginx.ingress.kubernetes.io/auth-tls-secret': expect.stringMatching(new RegExp(`^hmpps-integration-api-${environment}/.+`)),
      });
      expect(annotations['nginx.ingress.kubernetes.io/configuration-snippet']).toMatch(/^proxy_set_header subject-distinguished-name \$ssl_client_s_dn;$/m);
    });

    it('lets no consumer call every path (all-access exists for local runs only)', () => {
      const text = configMap(objects, 'hmpps-integration-api-authorisation').data?.['authorisation.yaml'] as string;
      const consumers = parseAuthorisationConfig(text).consumers;
      expect(consumers.size).toBeGreaterThan(0);
      const everything = [...consumers].filter(([, consumer]) =>
        ['/queue-admin/retry-all-dlqs', '/no/such/path', '/v1/persons/A1234AA/risks/serious-harm', '/info'].every((path) => consumer.permissions.some((pattern) => pattern.test(path))),
      );
      expect(everything.map(([name]) => name)).toEqual([]);
      if (environment === 'dev') {
        // The same consumers as the dev file that .env.development and the compose development profile read.
        expect(parse(text)).toEqual(parse(readFileSync(join(REPO_ROOT, 'apps', 'hmpps-integration-api', 'config', 'authorisation.dev.yaml'), 'utf8')));
      }
    });

    it('probes as the kubernetes-health-check-client consumer, which this environment authorises on every probe path', () => {
      const deployment = only<IDeployment>(objects, 'Deployment');
      const container = appContainer(deployment, 'hmpps-integration-api');
      const probes = [container.livenessProbe, container.readinessProbe, container.startupProbe];
      for (const probe of probes) expect(probeHeaders(probe)).toEqual({ 'subject-distinguished-name': PROBE_DN });

      const env = containerEnvironment(objects, container);
      const configPath = env.get('AUTHORISATION_CONFIG')?.replace(/^\w+:/, '') ?? '';
      const mount = (container.volumeMounts ?? []).find((m) => configPath.startsWith(`${m.mountPath}/`));
      const volume = deployment.spec?.template.spec?.volumes?.find((v) => v.name === mount?.name);
      const fileName = configPath.slice((mount?.mountPath.length ?? 0) + 1);
      const text = configMap(objects, volume?.configMap?.name as string).data?.[fileName];
      expect(text).toEqual(expect.any(String));

      const consumer = parseAuthorisationConfig(text as string).consumers.get(consumerNameFromDn(PROBE_DN) as string);
      for (const probe of probes) {
        const path = probe?.httpGet?.path as string;
        expect(`${path}: ${consumer?.permissions.some((pattern) => pattern.test(path)) ? 'allowed' : 'denied'}`).toBe(`${path}: allowed`);
      }
    });
  });
});
