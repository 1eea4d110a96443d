import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { K8sObject, renderKustomization, renderOverlay, splitImage } from './render-kustomization';

let root: string;

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const BASE = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - service.yaml\n',
  'base/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app',
    '  labels: { app: app }',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: app',
    '          env: [{ name: A, value: "1" }]',
    '        - name: proxy',
    '          image: registry.local:5000/proxy:1.0',
  ].join('\n'),
  'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: app\nspec:\n  ports: [{ port: 80 }]\n---\n',
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kustomize-'));
  write(BASE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('renderKustomization', () => {
  it('renders resources, patches, namespace, labels and images of an overlay over its base', () => {
    write({
      'overlay/kustomization.yaml': [
        'namespace: team-dev',
        'resources: [../base, extra.yaml]',
        'patches:',
        '  - path: patch.yaml',
        'labels:',
        '  - pairs: { env: dev }',
        'images:',
        '  - { name: app, newName: ghcr.io/org/app, newTag: "1.2.3" }',
        '  - { name: registry.local:5000/proxy, newTag: "2.0" }',
      ].join('\n'),
      'overlay/extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: extra }\ndata: { K: v }\n',
      'overlay/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: app\n          env: [{ name: B, value: "2" }]\n',
    });
    const objects = renderKustomization(join(root, 'overlay'));

    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Deployment/app', 'Service/app', 'ConfigMap/extra']);
    expect(objects.every((o) => o.metadata.namespace === 'team-dev')).toBe(true);
    expect(objects[0].metadata.labels).toEqual({ app: 'app', env: 'dev' });
    expect(objects[1].metadata.labels).toEqual({ env: 'dev' });
    expect(objects[0].spec).toMatchObject({
      replicas: 3,
      template: {
        spec: {
          containers: [
            { name: 'app', image: 'ghcr.io/org/app:1.2.3', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] },
            { name: 'proxy', image: 'registry.local:5000/proxy:2.0' },
          ],
        },
      },
    });
  });

  it('applies replacements last: a whole field, or one delimited piece of every field a * path selects', () => {
    write({
      'overlay/kustomization.yaml': [
        'namespace: team-dev',
        'resources: [../base, rule.yaml]',
        'replacements:',
        '  - source: { kind: Service, name: app, fieldPath: metadata.namespace }',
        '    targets:',
        '      - select: { kind: Rule }',
        '        fieldPaths: [spec.groups.*.rules.*.expr]',
        '        options: { delimiter: \'"\', index: 1 }',
        '      - select: { kind: Rule, name: rule }',
        '        fieldPaths: [spec.owner]',
      ].join('\n'),
      'overlay/rule.yaml': [
        'apiVersion: example.org/v1',
        'kind: Rule',
        'metadata: { name: rule }',
        'spec:',
        '  owner: NAMESPACE',
        '  groups:',
        '    - rules: [{ expr: \'up{namespace="NAMESPACE", job="x"} == 0\' }, { expr: \'a{namespace="NAMESPACE"}\' }]',
        '    - rules: [{ expr: \'b{namespace="NAMESPACE"}\' }]',
      ].join('\n'),
    });
    const rule = renderKustomization(join(root, 'overlay')).find((o) => o.kind === 'Rule') as K8sObject;
    expect(rule.spec).toEqual({
      owner: 'team-dev',
      groups: [{ rules: [{ expr: 'up{namespace="team-dev", job="x"} == 0' }, { expr: 'a{namespace="team-dev"}' }] }, { rules: [{ expr: 'b{namespace="team-dev"}' }] }],
    });
    write({ 'overlay/kustomization.yaml': 'resources: [../base]\nreplacements:\n  - source: { kind: Service, name: app, fieldPath: spec.missing }\n    targets: []\n' });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow('is not one string');
  });

  it('fails on a patch that matches no resource', () => {
    write({
      'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: patch.yaml\n',
      'overlay/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: other }\nspec: { replicas: 1 }\n',
    });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow('no Deployment other to patch');
  });

  it('refuses kustomize features it does not render', () => {
    write({ 'overlay/kustomization.yaml': 'resources: [../base]\nconfigMapGenerator:\n  - name: x\n' });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow('unsupported fields configMapGenerator');
    write({ 'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: p.yaml\n    target: { kind: Deployment }\n' });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow('only "- path: <strategic-merge patch file>" patches');
    write({ 'overlay/kustomization.yaml': 'resources: [../base]\nlabels:\n  - pairs: { a: b }\n    includeSelectors: true\n' });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow('includeSelectors are not supported');
  });

  it('fails on an object defined twice and on a document without a name', () => {
    write({ 'overlay/kustomization.yaml': 'resources: [../base, ../base/service.yaml]\n' });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow('Service app is defined twice');
    write({ 'overlay/kustomization.yaml': 'resources: [bad.yaml]\n', 'overlay/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\n' });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow('every document needs apiVersion, kind and metadata.name');
  });
});

// Where kubectl is installed (CI's machines have it) the deployment tests render with it; this proves our
// own renderer, used where it is not, gives the same objects for every overlay we ship.
describe('renderKustomization and kubectl kustomize', () => {
  const deployRoot = join(__dirname, '..', '..', '..', 'deploy', 'k8s');
  const overlays = readdirSync(deployRoot).flatMap((app) => readdirSync(join(deployRoot, app, 'overlays')).map((environment) => join(app, 'overlays', environment)));
  const byId = (objects: K8sObject[]) => [...objects].sort((a, b) => `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`));

  it.each(overlays)('render %s alike', (overlay) => {
    const dir = join(deployRoot, overlay);
    expect(byId(renderKustomization(dir))).toEqual(byId(renderOverlay(dir)));
  });
});

describe('splitImage', () => {
  it('tells a registry port from a tag', () => {
    expect(splitImage('registry.local:5000/app')).toEqual(['registry.local:5000/app', undefined]);
    expect(splitImage('registry.local:5000/app:1.0')).toEqual(['registry.local:5000/app', '1.0']);
    expect(splitImage('app:latest')).toEqual(['app', 'latest']);
  });
});
