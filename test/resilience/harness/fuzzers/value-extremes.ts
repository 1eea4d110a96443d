import type { AppUnderTest } from '../describe-apps';
import { CaseLog } from '../case-log';
import { encodePathValue, RequestBase } from '../bad-input-cases';
import { answerProblems } from '../envelope-checks';
import { fetchOperations, fillPath, Operation, Schema } from '../openapi';
import { requestBase } from '../request-base';
import { describeAnswer, describeRequest, RequestSpec, send } from '../send';

/** What a database, a driver or a runtime says when a value gets past validation. */
const LEAKED_TEXT =
  /bigint|integer out of range|out of range for type|invalid input syntax|syntax error at|QueryFailed|SQLSTATE|violates|date\/time field value|TypeORM|RangeError|Invalid time value|Maximum call stack|Cannot read propert|is not a function|undefined is not/i;

/** Numbers at the edges of what JavaScript, PostgreSQL and JSON hold, as they would be written in a URL. */
const NUMBER_TEXTS = [
  '0',
  '-1',
  '-0',
  '1.5',
  '1e3',
  '1e308',
  '-1e308',
  '1e400',
  '9007199254740991',
  '9007199254740993',
  '99999999999999999999',
  '9223372036854775808',
  '-9223372036854775809',
  '2147483648',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  ' 1',
  '1 ',
  '',
  '00000000001',
  '+1',
  '1,000',
];
/** The same edges as JSON numbers (written as text, so `1e400` and `9007199254740993` reach the parser as sent). */
const JSON_NUMBERS = [
  '0',
  '-1',
  '-0',
  '1.5',
  '1e308',
  '-1e308',
  '1e400',
  '9007199254740993',
  '99999999999999999999',
  '-9223372036854775809',
];
/** Calendar edges: year 0 (PostgreSQL has none), the last four-digit year, beyond, and days that do not exist. */
const DATE_TEXTS = [
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '10000-01-01',
  '-000001-01-01',
  '+275760-09-13',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '1900-02-29',
  '2000-02-29',
  '1970-01-01T00:00:00Z',
  '2024-01-01T25:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '',
];

type Kind = 'number' | 'date';

function kindOf(name: string, schema: Schema): Kind | undefined {
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.format === 'date' || schema.format === 'date-time' || /date/i.test(name)) return 'date';
  return undefined;
}

interface ExtremeCase {
  field: string;
  value: string;
  spec: RequestSpec;
}

function cases(base: RequestBase): ExtremeCase[] {
  const operation: Operation = base.operation;
  const found: ExtremeCase[] = [];
  const path = (values: Record<string, string>) => fillPath(operation, { ...base.pathValues, ...values });
  const query = (values: Record<string, string>) => {
    const text = Object.entries({ ...base.query, ...values })
      .map(([name, value]) => `${encodePathValue(name)}=${encodePathValue(value)}`)
      .join('&');
    return text ? `?${text}` : '';
  };
  for (const parameter of operation.parameters) {
    const kind = kindOf(parameter.name, parameter.schema);
    if (!kind || (parameter.in !== 'query' && parameter.in !== 'path')) continue;
    for (const value of kind === 'number' ? NUMBER_TEXTS : DATE_TEXTS) {
      if (parameter.in === 'path' && value === '') continue;
      const target =
        parameter.in === 'path'
          ? `${path({ [parameter.name]: encodePathValue(value) })}${query({})}`
          : `${path({})}${query({ [parameter.name]: value })}`;
      found.push({
        field: `${parameter.in} ${parameter.name}`,
        value,
        spec: { method: operation.method, path: target, headers: base.headers, body: base.body },
      });
    }
  }
  const body = base.body;
  if (operation.body && typeof body === 'object' && body !== null && !Array.isArray(body)) {
    for (const [name, schema] of Object.entries(operation.body.schema.properties ?? {})) {
      const kind = kindOf(name, schema);
      if (!kind) continue;
      const marker = '"\u0000extreme\u0000"';
      const withValue = (json: string) =>
        JSON.stringify({ ...body, [name]: marker }).replace(JSON.stringify(marker), json);
      const values =
        kind === 'number'
          ? [...JSON_NUMBERS, ...NUMBER_TEXTS.map((text) => JSON.stringify(text))]
          : DATE_TEXTS.map((text) => JSON.stringify(text));
      for (const json of values) {
        found.push({
          field: `body ${name}`,
          value: json,
          spec: {
            method: operation.method,
            path: `${path({})}${query({})}`,
            headers: [
              ...base.headers.filter(([header]) => header.toLowerCase() !== 'content-type'),
              ['content-type', 'application/json'],
            ],
            body: withValue(json),
          },
        });
      }
    }
  }
  return found;
}

/** Every date and number query, path and body field at its type’s extremes. */
export function valueExtremesFuzzer(app: () => AppUnderTest): void {
  it('answers every date and number field at its type’s extremes without a 5xx, in the envelope, and with no database or runtime text', async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    for (const operation of operations) {
      const base = await requestBase(app(), operation);
      for (const extreme of cases(base)) {
        const label = `${operation.method} ${operation.path} ${extreme.field} = ${JSON.stringify(extreme.value)}: ${describeRequest(extreme.spec)}`;
        try {
          const answer = await send(world.url, extreme.spec);
          const problems = answerProblems(answer, extreme.spec, target.envelopeProblems);
          const leaked = LEAKED_TEXT.exec(answer.text);
          if (leaked) problems.push(`database or runtime text in the answer: "${leaked[0]}"`);
          log.check(`${label} → ${describeAnswer(answer)}`, problems);
        } catch (error) {
          log.check(label, [`no answer: ${(error as Error).message}`]);
        }
      }
    }
    log.finish();
  });
}
