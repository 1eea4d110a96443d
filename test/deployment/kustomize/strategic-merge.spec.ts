import { JsonObject, strategicMerge } from './strategic-merge';

const deployment = (): JsonObject => ({
  spec: {
    replicas: 2,
    template: {
      spec: {
        containers: [
          {
            name: 'app',
            image: 'app:1',
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
            ports: [{ name: 'http', containerPort: 8080 }],
            volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
          },
          { name: 'sidecar', image: 'sidecar:1' },
        ],
        tolerations: [{ key: 'a' }],
      },
    },
  },
});

const container = (result: JsonObject, index = 0): JsonObject =>
  ((((result.spec as JsonObject).template as JsonObject).spec as JsonObject).containers as JsonObject[])[index];

describe('strategicMerge', () => {
  it('merges maps key by key and replaces scalars', () => {
    const result = strategicMerge({ a: { b: 1, c: 2 }, d: 'x' }, { a: { c: 3, e: 4 }, d: 'y' });
    expect(result).toEqual({ a: { b: 1, c: 3, e: 4 }, d: 'y' });
  });

  it('deletes a key patched with null', () => {
    expect(strategicMerge({ a: 1, b: 2 }, { a: null })).toEqual({ b: 2 });
  });

  it('merges containers by name, their env by name and leaves other containers alone', () => {
    const result = strategicMerge(deployment(), {
      spec: { template: { spec: { containers: [{ name: 'app', image: 'app:2', env: [{ name: 'B', value: 'changed' }, { name: 'C', value: '3' }] }] } } },
    });
    expect(container(result)).toMatchObject({
      image: 'app:2',
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: 'changed' },
        { name: 'C', value: '3' },
      ],
      ports: [{ name: 'http', containerPort: 8080 }],
    });
    expect(container(result, 1)).toEqual({ name: 'sidecar', image: 'sidecar:1' });
  });

  it('merges container ports by containerPort and Service ports by port', () => {
    const pod = strategicMerge(deployment(), { spec: { template: { spec: { containers: [{ name: 'app', ports: [{ containerPort: 8080, protocol: 'TCP' }, { containerPort: 9000 }] }] } } } });
    expect(container(pod).ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }, { containerPort: 9000 }]);
    const service = strategicMerge({ spec: { ports: [{ port: 80, targetPort: 'http' }] } }, { spec: { ports: [{ port: 80, name: 'web' }] } });
    expect(service).toEqual({ spec: { ports: [{ port: 80, targetPort: 'http', name: 'web' }] } });
  });

  it('merges volume mounts by mountPath', () => {
    const result = strategicMerge(deployment(), { spec: { template: { spec: { containers: [{ name: 'app', volumeMounts: [{ mountPath: '/tmp', readOnly: false }, { name: 'data', mountPath: '/data' }] }] } } } });
    expect(container(result).volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp', readOnly: false },
      { name: 'data', mountPath: '/data' },
    ]);
  });

  it('removes a keyed item marked $patch: delete', () => {
    const result = strategicMerge(deployment(), { spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } } });
    expect((((result.spec as JsonObject).template as JsonObject).spec as JsonObject).containers).toHaveLength(1);
  });

  it('replaces lists that have no merge key (tolerations, ingress rules)', () => {
    const result = strategicMerge(deployment(), { spec: { template: { spec: { tolerations: [{ key: 'b' }] } } } });
    expect((((result.spec as JsonObject).template as JsonObject).spec as JsonObject).tolerations).toEqual([{ key: 'b' }]);
    const ingress = strategicMerge({ spec: { rules: [{ host: 'a' }, { host: 'b' }] } }, { spec: { rules: [{ host: 'c' }] } });
    expect(ingress).toEqual({ spec: { rules: [{ host: 'c' }] } });
  });

  it('never changes its inputs', () => {
    const base = deployment();
    const patch: JsonObject = { spec: { template: { spec: { containers: [{ name: 'app', image: 'app:9' }] } } } };
    strategicMerge(base, patch);
    expect(base).toEqual(deployment());
    expect(patch).toEqual({ spec: { template: { spec: { containers: [{ name: 'app', image: 'app:9' }] } } } });
  });

  it('refuses directives it does not implement rather than approximating them', () => {
    expect(() => strategicMerge({ a: [] }, { $retainKeys: ['a'] })).toThrow('unsupported strategic-merge directive $retainKeys');
    expect(() => strategicMerge(deployment(), { spec: { template: { spec: { containers: [{ name: 'app', $patch: 'replace' }] } } } })).toThrow('unsupported $patch: replace');
    expect(() => strategicMerge(deployment(), { spec: { template: { spec: { containers: [{ image: 'x' }] } } } })).toThrow('without its merge key name');
  });
});
