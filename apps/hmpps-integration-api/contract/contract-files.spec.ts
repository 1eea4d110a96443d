import Ajv2020 from 'ajv/dist/2020';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationKeyOf, shapeFileName } from './operation-key';

/*
 * The contract files hang together: every HEAD operation has exactly one shape file whose schemas
 * compile, the counts are HEAD's, and our-only operations are not HEAD's. (Whether the facts are
 * HEAD's is the generator's job; re-run it to refresh them, see README.)
 */
const dir = __dirname;
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

interface Operation {
  key: string;
  method: string;
  path: string;
  controller: string;
  handler: string;
  featureFlag: string | null;
  shared: boolean;
  shapeFile: string;
  upstreams: string[];
  notes: { featureFlagDefaults?: Record<string, boolean> };
}
const head = read<{ headCommit: string; counts: Record<string, number>; operations: Operation[] }>(
  'head-operations.json',
);
const ourOnly = read<{ headCommit: string; operations: Array<{ method: string; path: string }> }>(
  'our-only-operations.json',
);
const shapeFiles = readdirSync(join(dir, 'shapes')).filter((f) => !f.startsWith('_'));

describe('contract files', () => {
  it("list HEAD's 106 method + path operations of 103 handler methods in 50 controllers, 51 of them shared", () => {
    expect(head.headCommit).toBe('c2755df143a14d97b712c75e1f76a52ddb88a5ef');
    expect(head.operations).toHaveLength(106);
    expect(new Set(head.operations.map((o) => o.key)).size).toBe(106);
    expect(new Set(head.operations.map((o) => `${o.controller}.${o.handler}`)).size).toBe(103);
    expect(new Set(head.operations.map((o) => o.controller)).size).toBe(50);
    expect(head.operations.filter((o) => o.shared)).toHaveLength(51);
    expect(head.counts).toEqual({ operations: 106, handlerMethods: 103, controllers: 50, shared: 51 });
  });

  it('give each operation its own shape file, named after its key, and no other', () => {
    for (const o of head.operations) {
      expect(o.key).toBe(`${o.method} ${o.path}`);
      expect(o.shapeFile).toBe(`shapes/${shapeFileName(o.key)}`);
      expect(read<{ operation: string }>(o.shapeFile).operation).toBe(o.key);
    }
    expect(shapeFiles.map(operationKeyOf).sort()).toEqual(head.operations.map((o) => o.key).sort());
  });

  it('hold schemas that compile as JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({
      strict: true,
      allowUnionTypes: true,
      formats: { date: true, 'date-time': true, time: true, uuid: true },
    });
    const schemas = [
      ...['_ErrorResponse.json', '_ValidationErrorResponse.json'].map(
        (f) => read<{ schema: object }>(`shapes/${f}`).schema,
      ),
      ...shapeFiles.flatMap((f) =>
        Object.values(
          read<{ responses: Record<string, { schema?: object }> }>(`shapes/${f}`).responses,
        ).flatMap((r) => (r.schema ? [r.schema] : [])),
      ),
    ];
    expect(schemas.length).toBeGreaterThan(100);
    for (const schema of schemas) expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('give every feature-flagged operation its per-environment defaults', () => {
    const flagged = head.operations.filter((o) => o.featureFlag);
    expect(flagged.length).toBeGreaterThan(0);
    for (const o of flagged)
      expect(Object.keys(o.notes.featureFlagDefaults ?? {}).sort()).toEqual([
        'dev',
        'local',
        'preprod',
        'prod',
      ]);
  });

  it('keep our-only operations out of the HEAD list', () => {
    const normalise = (m: string, p: string) => `${m} ${p.replace(/\{[^}]+\}/g, '{}')}`;
    const headKeys = new Set(head.operations.map((o) => normalise(o.method, o.path)));
    expect(ourOnly.headCommit).toBe(head.headCommit);
    expect(ourOnly.operations).toHaveLength(2);
    for (const o of ourOnly.operations) expect(headKeys.has(normalise(o.method, o.path))).toBe(false);
  });
});
