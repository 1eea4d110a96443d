import type { AppUnderTest } from '../describe-apps';
import { CaseLog } from '../case-log';
import { answerProblems } from '../envelope-checks';
import { fetchOperations } from '../openapi';
import { requestBase, specOf } from '../request-base';
import { Answer, describeAnswer, RequestSpec, send } from '../send';

/** The platform's documented nesting limit (libs/platform `MAX_JSON_DEPTH`). */
const DEPTH_LIMIT = 32;
const FIELD_PLACEHOLDER = '"\u0000field\u0000"';

const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const objects = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

interface ShapeCase {
  label: string;
  body: string | Buffer;
  /** The exact status the app must answer (under its body limit), or undefined for "any documented non-5xx answer". */
  expected?: number;
}

/** Bodies that are deep, wide, long or not UTF-8, built around an otherwise valid body. */
function shapeCases(valid: unknown, limitBytes: number): ShapeCase[] {
  const object =
    typeof valid === 'object' && valid !== null && !Array.isArray(valid)
      ? (valid as Record<string, unknown>)
      : {};
  const fields = Object.keys(object);
  /** The valid body with one field's JSON replaced by `json`. */
  const withField = (field: string, json: string) =>
    JSON.stringify({ ...object, [field]: FIELD_PLACEHOLDER }).replace(
      JSON.stringify(FIELD_PLACEHOLDER),
      json,
    );
  const cases: ShapeCase[] = [
    { label: `arrays nested ${DEPTH_LIMIT + 1} deep`, body: arrays(DEPTH_LIMIT + 1), expected: 400 },
    { label: 'arrays nested 2,000 deep', body: arrays(2_000), expected: 400 },
    { label: 'objects nested 3,000 deep', body: objects(3_000), expected: 400 },
    { label: 'arrays nested 100,000 deep', body: arrays(100_000), expected: 400 },
    { label: 'a lone 10,000 open brackets', body: '['.repeat(10_000), expected: 400 },
    {
      label: 'bytes that are not UTF-8 in a string',
      body: Buffer.concat([Buffer.from('{"x":"a'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]),
      expected: 400,
    },
    {
      label: '20,000 keys',
      body: JSON.stringify(
        Object.fromEntries(Array.from({ length: Math.min(20_000, limitBytes / 40) }, (_, i) => [`k${i}`, i])),
      ),
    },
    {
      label: 'an array of 50,000 numbers',
      body: JSON.stringify({
        ...object,
        many: Array.from({ length: Math.min(50_000, limitBytes / 8) }, (_, i) => i),
      }),
    },
  ];
  for (const field of fields) {
    cases.push(
      { label: `${field} nested 2,000 arrays deep`, body: withField(field, arrays(2_000)), expected: 400 },
      { label: `${field} nested 3,000 objects deep`, body: withField(field, objects(3_000)), expected: 400 },
      {
        label: `${field} nested ${DEPTH_LIMIT} deep in all`,
        body: withField(field, arrays(DEPTH_LIMIT - 1)),
      },
      {
        label: `${field} a string near the body limit`,
        body: withField(field, JSON.stringify('x'.repeat(limitBytes - 4_096))),
      },
      {
        label: `${field} with bytes that are not UTF-8`,
        body: Buffer.from(withField(field, '"a\u00ff\u00feb"'), 'latin1'),
        expected: 400,
      },
    );
  }
  return cases;
}

/** Body depth, width, size and encoding on every operation that takes a body. */
export function bodyShapeFuzzer(app: () => AppUnderTest): void {
  it(`refuses bodies nested deeper than ${DEPTH_LIMIT} levels or not UTF-8 with 400 in the envelope, and answers deep, wide and long bodies without a 5xx`, async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    for (const operation of operations.filter((candidate) => candidate.body)) {
      const base = await requestBase(app(), operation);
      const headers: Array<[string, string]> = [
        ...base.headers.filter(([name]) => name.toLowerCase() !== 'content-type'),
        ['content-type', 'application/json'],
      ];
      for (const shape of shapeCases(base.body, target.bodyLimitBytes)) {
        const spec: RequestSpec = { ...specOf(base, headers), body: shape.body };
        const label = `${operation.method} ${operation.path} with ${shape.label} (${shape.body.length} bytes)`;
        let answer: Answer;
        try {
          answer = await send(world.url, spec);
        } catch (error) {
          log.check(label, [`no answer: ${(error as Error).message}`]);
          continue;
        }
        const problems = answerProblems(answer, spec, target.envelopeProblems);
        // Over the app's body limit, the limit's 413 comes first.
        const expected = shape.body.length > target.bodyLimitBytes ? 413 : shape.expected;
        if (expected !== undefined && answer.status !== expected)
          problems.push(`status ${answer.status}, expected ${expected}`);
        if (answer.elapsedMs > 5_000) problems.push(`took ${Math.round(answer.elapsedMs)} ms`);
        log.check(`${label} → ${describeAnswer(answer)}`, problems);
      }
    }
    log.finish();
  });
}
