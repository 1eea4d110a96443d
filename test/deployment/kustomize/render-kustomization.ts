import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { isObject, Json, JsonObject, strategicMerge } from './strategic-merge';

export interface K8sObject extends JsonObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> } & JsonObject;
}

/** The kustomization fields our manifests use; anything else is refused, so the render never silently differs. */
const SUPPORTED_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'patches', 'namespace', 'labels', 'images', 'replacements']);

interface ImageRule {
  name: string;
  newName?: string;
  newTag?: string;
}

/**
 * `kubectl kustomize <dir>` when kubectl is installed; otherwise our own rendering of the same subset:
 * resources (files and directories), strategic-merge patches by path, namespace, labels (metadata only),
 * images, and replacements (a source field by kind and name, into target fields selected by kind and name,
 * with `*` for every list item, whole or one `delimiter`-separated piece), applied last, as kustomize does.
 */
export function renderOverlay(dir: string): K8sObject[] {
  const kubectl = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  if ((kubectl.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return renderKustomization(dir);
  if (kubectl.error || kubectl.status !== 0) throw new Error(`kubectl kustomize ${dir} failed: ${kubectl.error?.message ?? kubectl.stderr}`);
  return parseObjects(kubectl.stdout, `kubectl kustomize ${dir}`);
}

export function renderKustomization(dir: string): K8sObject[] {
  const file = join(dir, 'kustomization.yaml');
  const kustomization = parse(readFileSync(file, 'utf8')) as JsonObject;
  const unsupported = Object.keys(kustomization).filter((field) => !SUPPORTED_FIELDS.has(field));
  if (unsupported.length > 0) throw new Error(`${file}: unsupported fields ${unsupported.join(', ')}`);

  let objects: K8sObject[] = [];
  for (const resource of stringList(kustomization.resources, `${file} resources`)) {
    const path = resolve(dir, resource);
    objects.push(...(statSync(path).isDirectory() ? renderKustomization(path) : parseObjects(readFileSync(path, 'utf8'), path)));
  }
  assertUnique(objects, file);

  for (const entry of list(kustomization.patches, `${file} patches`)) {
    if (!isObject(entry) || typeof entry.path !== 'string' || Object.keys(entry).length !== 1) {
      throw new Error(`${file}: only "- path: <strategic-merge patch file>" patches are supported`);
    }
    const patchFile = resolve(dir, entry.path);
    for (const patch of parseObjects(readFileSync(patchFile, 'utf8'), patchFile)) {
      const index = objects.findIndex((o) => sameObject(o, patch));
      if (index < 0) throw new Error(`${patchFile}: no ${patch.kind} ${patch.metadata.name} to patch`);
      objects[index] = strategicMerge(objects[index], patch) as K8sObject;
    }
  }

  if (kustomization.namespace !== undefined) {
    const namespace = String(kustomization.namespace);
    objects = objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace } }));
  }
  for (const entry of list(kustomization.labels, `${file} labels`)) {
    if (!isObject(entry) || !isObject(entry.pairs) || Object.keys(entry).some((k) => k !== 'pairs' && k !== 'includeSelectors')) {
      throw new Error(`${file}: labels entries support "pairs" (metadata labels) only`);
    }
    if (entry.includeSelectors === true) throw new Error(`${file}: labels with includeSelectors are not supported`);
    const pairs = entry.pairs as Record<string, string>;
    objects = objects.map((o) => ({ ...o, metadata: { ...o.metadata, labels: { ...o.metadata.labels, ...pairs } } }));
  }
  for (const entry of list(kustomization.images, `${file} images`)) {
    if (!isObject(entry) || typeof entry.name !== 'string' || Object.keys(entry).some((k) => !['name', 'newName', 'newTag'].includes(k))) {
      throw new Error(`${file}: images entries support name, newName and newTag`);
    }
    objects = objects.map((o) => setImages(o, entry as unknown as ImageRule));
  }
  for (const entry of list(kustomization.replacements, `${file} replacements`)) {
    objects = applyReplacement(objects, entry, file);
  }
  return objects;
}

interface Selector {
  kind: string;
  name?: string;
}

function selects(selector: Selector, object: K8sObject): boolean {
  return object.kind === selector.kind && (selector.name === undefined || object.metadata.name === selector.name);
}

function selector(value: Json | undefined, what: string): Selector {
  if (!isObject(value) || typeof value.kind !== 'string' || Object.keys(value).some((k) => k !== 'kind' && k !== 'name' && k !== 'fieldPath')) {
    throw new Error(`${what}: select by kind (and name) only`);
  }
  return { kind: value.kind, name: typeof value.name === 'string' ? value.name : undefined };
}

/** The values at a dotted field path (`spec.tls.0.hosts.0`; `*` for every item of a list), with setters. */
function fieldsAt(node: Json, path: string[]): Array<{ value: Json; set: (value: Json) => void }> {
  const [head, ...rest] = path;
  if (!isObject(node) && !Array.isArray(node)) return [];
  const keys = head === '*' ? (Array.isArray(node) ? node.map((_, i) => i) : []) : [Array.isArray(node) ? Number(head) : head];
  return keys.flatMap((key) => {
    const child = (node as Record<string | number, Json>)[key];
    if (child === undefined) return [];
    if (rest.length > 0) return fieldsAt(child, rest);
    return [{ value: child, set: (value: Json) => ((node as Record<string | number, Json>)[key] = value) }];
  });
}

function applyReplacement(objects: K8sObject[], entry: Json, file: string): K8sObject[] {
  if (!isObject(entry) || !isObject(entry.source) || !Array.isArray(entry.targets) || Object.keys(entry).some((k) => k !== 'source' && k !== 'targets')) {
    throw new Error(`${file}: replacements entries need source and targets`);
  }
  const from = selector(entry.source, `${file} replacement source`);
  const sources = objects.filter((o) => selects(from, o));
  const fieldPath = typeof entry.source.fieldPath === 'string' ? entry.source.fieldPath : 'metadata.name';
  const values = sources.length === 1 ? fieldsAt(sources[0], fieldPath.split('.')) : [];
  if (values.length !== 1 || typeof values[0].value !== 'string') {
    throw new Error(`${file}: replacement source ${from.kind} ${from.name ?? ''} ${fieldPath} is not one string`);
  }
  const value = values[0].value;
  const result = objects.map((o) => structuredClone(o));
  for (const target of entry.targets) {
    if (!isObject(target) || Object.keys(target).some((k) => !['select', 'fieldPaths', 'options'].includes(k))) {
      throw new Error(`${file}: replacement targets support select, fieldPaths and options`);
    }
    const to = selector(target.select, `${file} replacement target`);
    const options = isObject(target.options) ? target.options : {};
    if (Object.keys(options).some((k) => k !== 'delimiter' && k !== 'index')) throw new Error(`${file}: replacement options support delimiter and index`);
    for (const object of result.filter((o) => selects(to, o))) {
      for (const path of stringList(target.fieldPaths, `${file} replacement fieldPaths`)) {
        const fields = fieldsAt(object, path.split('.'));
        if (fields.length === 0) throw new Error(`${file}: ${object.kind} ${object.metadata.name} has no ${path}`);
        for (const field of fields) {
          if (typeof options.delimiter !== 'string') {
            field.set(value);
            continue;
          }
          const pieces = String(field.value).split(options.delimiter);
          pieces[Number(options.index ?? 0)] = value;
          field.set(pieces.join(options.delimiter));
        }
      }
    }
  }
  return result;
}

export function parseObjects(text: string, source: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${source}: ${document.errors[0].message}`);
      return document.toJS() as Json;
    })
    .filter((value) => value !== null)
    .map((value) => {
      if (!isObject(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string' || !isObject(value.metadata) || typeof value.metadata.name !== 'string') {
        throw new Error(`${source}: every document needs apiVersion, kind and metadata.name`);
      }
      return value as K8sObject;
    });
}

function sameObject(a: K8sObject, b: K8sObject): boolean {
  return a.kind === b.kind && a.metadata.name === b.metadata.name && apiGroup(a.apiVersion) === apiGroup(b.apiVersion);
}

function apiGroup(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

function assertUnique(objects: K8sObject[], source: string): void {
  const seen = new Set<string>();
  for (const o of objects) {
    const id = `${apiGroup(o.apiVersion)}/${o.kind}/${o.metadata.name}`;
    if (seen.has(id)) throw new Error(`${source}: ${o.kind} ${o.metadata.name} is defined twice`);
    seen.add(id);
  }
}

/** Rewrites `image: <name>[:tag]` of every container in a pod template whose image name matches the rule. */
function setImages(object: K8sObject, rule: ImageRule): K8sObject {
  const podSpec = ((object.spec as JsonObject | undefined)?.template as JsonObject | undefined)?.spec;
  if (!isObject(podSpec)) return object;
  const rewrite = (containers: Json | undefined): Json | undefined =>
    Array.isArray(containers)
      ? containers.map((c) => {
          if (!isObject(c) || typeof c.image !== 'string') return c;
          const [name, tag] = splitImage(c.image);
          if (name !== rule.name) return c;
          const newTag = rule.newTag ?? tag;
          return { ...c, image: `${rule.newName ?? name}${newTag ? `:${newTag}` : ''}` };
        })
      : containers;
  const spec = structuredClone(object.spec as JsonObject);
  const template = spec.template as JsonObject;
  const newPodSpec = { ...podSpec };
  for (const field of ['containers', 'initContainers']) {
    if (podSpec[field] !== undefined) newPodSpec[field] = rewrite(podSpec[field]) as Json;
  }
  template.spec = newPodSpec;
  return { ...object, spec };
}

/** `registry:5000/name:tag` → [`registry:5000/name`, `tag`]: a colon after the last slash starts the tag. */
export function splitImage(image: string): [string, string | undefined] {
  const slash = image.lastIndexOf('/');
  const colon = image.indexOf(':', slash + 1);
  return colon < 0 ? [image, undefined] : [image.slice(0, colon), image.slice(colon + 1)];
}

function list(value: Json | undefined, what: string): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${what} must be a list`);
  return value;
}

function stringList(value: Json | undefined, what: string): string[] {
  return list(value, what).map((item) => {
    if (typeof item !== 'string') throw new Error(`${what} must list paths`);
    return item;
  });
}
