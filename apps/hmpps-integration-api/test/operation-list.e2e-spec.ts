import headOperations from '../contract/head-operations.json';
import ourOnlyOperations from '../contract/our-only-operations.json';
import { as, useHmppsApi } from './hmpps-test-app';

/**
 * Parity with HEAD, operation by operation: the method + path pairs of our `/v3/api-docs` must be HEAD's
 * (contract/head-operations.json, which names the HEAD commit) plus the extras we keep on purpose
 * (contract/our-only-operations.json, each with its reason), nothing more and nothing less. Parameter
 * names do not count for the set (`{encodedHmppsId}` is HEAD's `{hmppsId}`); each such rename is recorded as
 * the operation's `ourPath`, which the last test holds the document to.
 */
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** `GET /v1/persons/{}/alerts`: the method and the path with every parameter unnamed. */
function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
}

function keysOf(operations: readonly { method: string; path: string }[]): Set<string> {
  return new Set(operations.map((operation) => operationKey(operation.method, operation.path)));
}

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe(`operation list: ours = HEAD ${headOperations.headCommit.slice(0, 9)} + deliberate extras`, () => {
  const context = useHmppsApi();

  it('compares against the same HEAD commit in both contract files', () => {
    expect(ourOnlyOperations.headCommit).toBe(headOperations.headCommit);
    expect(headOperations.operations).toHaveLength(headOperations.counts.operations);
  });

  it('serves every HEAD operation and no operation that is neither HEAD’s nor a recorded extra', async () => {
    const response = await context.api.get('/v3/api-docs', as('all-access'));
    expect(response.status).toBe(200);
    const paths = response.body.paths as Record<string, Record<string, unknown>>;
    const ours = new Set(
      Object.entries(paths).flatMap(([path, item]) =>
        Object.keys(item)
          .filter((method) => METHODS.includes(method))
          .map((method) => operationKey(method, path)),
      ),
    );
    const head = keysOf(headOperations.operations);
    const extras = keysOf(ourOnlyOperations.operations);

    // One assertion with every difference named, so a failure lists all that is left to do at once.
    expect({
      missingHeadOperations: sorted([...head].filter((key) => !ours.has(key))),
      unrecordedExtraOperations: sorted([...ours].filter((key) => !head.has(key) && !extras.has(key))),
      recordedExtrasNoLongerServed: sorted([...extras].filter((key) => !ours.has(key))),
      recordedExtrasThatAreHeadOperations: sorted([...extras].filter((key) => head.has(key))),
    }).toEqual({
      missingHeadOperations: [],
      unrecordedExtraOperations: [],
      recordedExtrasNoLongerServed: [],
      recordedExtrasThatAreHeadOperations: [],
    });
  });

  it('names each HEAD operation’s path parameters as HEAD does, or as its recorded `ourPath` says', async () => {
    const response = await context.api.get('/v3/api-docs', as('all-access'));
    const paths = response.body.paths as Record<string, Record<string, unknown>>;
    const exactly = (method: string, path: string) => paths[path]?.[method.toLowerCase()] !== undefined;
    const operations = headOperations.operations as { method: string; path: string; ourPath?: string }[];
    const misnamed = operations
      .filter(({ method, path, ourPath }) => !exactly(method, ourPath ?? path))
      .map(({ method, path, ourPath }) => `${method} ${ourPath ?? path}`);
    expect(misnamed).toEqual([]);
    // A recorded rename is a real one: an `ourPath` equal to HEAD's path would hide nothing.
    expect(operations.filter(({ path, ourPath }) => ourPath === path)).toEqual([]);
  });
});
