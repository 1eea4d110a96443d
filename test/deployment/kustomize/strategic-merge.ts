/**
 * The part of Kubernetes' strategic merge patch that our manifests use: maps merge key by key, `null`
 * deletes a key, lists of named things (containers, env, volumes, mounts, ports) merge item by item on
 * their merge key, every other list is replaced, and `$patch: delete` removes one keyed item. Anything
 * else (`$patch: replace`, `$retainKeys`, `$setElementOrder`) is refused rather than approximated.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The merge key of each list field, as the Kubernetes API declares it for the kinds we deploy. */
const MERGE_KEYS: Record<string, (item: JsonObject) => string> = {
  containers: () => 'name',
  initContainers: () => 'name',
  env: () => 'name',
  volumes: () => 'name',
  volumeMounts: () => 'mountPath',
  imagePullSecrets: () => 'name',
  // Container ports are keyed by containerPort, Service ports by port.
  ports: (item) => ('containerPort' in item ? 'containerPort' : 'port'),
};

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function strategicMerge(base: JsonObject, patch: JsonObject): JsonObject {
  const result: JsonObject = structuredClone(base);
  for (const [key, patchValue] of Object.entries(patch)) {
    if (key.startsWith('$')) throw new Error(`unsupported strategic-merge directive ${key}`);
    const baseValue = result[key];
    if (patchValue === null) {
      delete result[key];
    } else if (isObject(baseValue) && isObject(patchValue)) {
      result[key] = strategicMerge(baseValue, patchValue);
    } else if (Array.isArray(baseValue) && Array.isArray(patchValue) && key in MERGE_KEYS) {
      result[key] = mergeKeyedList(key, baseValue, patchValue);
    } else {
      result[key] = structuredClone(withoutDeleteDirectives(key, patchValue));
    }
  }
  return result;
}

function mergeKeyedList(field: string, base: Json[], patch: Json[]): Json[] {
  const result = structuredClone(base);
  for (const item of patch) {
    if (!isObject(item)) throw new Error(`${field}: list items must be objects to merge`);
    const key = MERGE_KEYS[field](item);
    if (!(key in item)) throw new Error(`${field}: patch item without its merge key ${key}`);
    const index = result.findIndex((existing) => isObject(existing) && existing[key] === item[key]);
    const { $patch: directive, ...fields } = item;
    if (directive !== undefined && directive !== 'delete') throw new Error(`unsupported $patch: ${String(directive)}`);
    if (directive === 'delete') {
      if (index >= 0) result.splice(index, 1);
    } else if (index >= 0) {
      result[index] = strategicMerge(result[index] as JsonObject, fields);
    } else {
      result.push(structuredClone(fields));
    }
  }
  return result;
}

/** A list added where the base has none: `$patch: delete` items have nothing to delete. */
function withoutDeleteDirectives(field: string, value: Json): Json {
  if (!Array.isArray(value) || !(field in MERGE_KEYS)) return value;
  return value.filter((item) => !(isObject(item) && item.$patch === 'delete'));
}
