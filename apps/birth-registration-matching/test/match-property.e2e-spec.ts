import fc from 'fast-check';
import { captureLogs, RunningStubs, startStubs } from '@libs/testing';
import { BrmApp, MATCH_PATH, startBrm } from './brm-test-app';

/** Header values a client can actually send: visible ASCII and spaces, no leading or trailing space. */
const headerText = fc.stringMatching(/^[!-~]([ -~]{0,30}[!-~])?$/);

// Mostly valid headers, so that most runs get past header validation and exercise the rest.
const acceptHeader = fc.option(
  fc.oneof(
    { weight: 12, arbitrary: fc.constant('application/vnd.hmrc.1.0+json') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'application/vnd.hmrc.1.0+xml',
        'application/vnd.hmrc.2.0+json',
        'application/json',
        '*/*',
      ),
    },
    { weight: 1, arbitrary: headerText.map((text) => `application/vnd.hmrc.${text}`) },
    { weight: 1, arbitrary: headerText },
  ),
  { nil: undefined, freq: 20 },
);

const nameLike = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('Gibby', 'Haynes', 'Adam TEST', 'SMITH', "O'Leary", 'Chrîs', 'A', 'S'),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'a.b', 'x<!y', 'x-->y') },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 245, maxLength: 260 }) },
);

const dateLike = fc.oneof(
  fc
    .date({ min: new Date('1890-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('2009-07-01'), max: new Date('2020-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2012-02-30', '2011-10-01', '1899-12-31', '+20120-01-01', '2012-13-01', ''),
  fc.string({ maxLength: 12 }),
);

const countryLike = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('england', 'Wales', ' SCOTLAND ', 'northern ireland') },
  { weight: 1, arbitrary: fc.constantFrom('fiji', '', 'northern  ireland') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const referenceLike = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('400000001', '500035712', '2017734003', '2017350006', '1') },
  { weight: 3, arbitrary: fc.stringMatching(/^[0-9]{9,10}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Any JSON value, to put wrong types into every field. */
const anyJson = fc.jsonValue({ maxDepth: 2 });

const field = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ weight: 12, arbitrary }, { weight: 1, arbitrary: anyJson }), {
    nil: undefined,
    freq: 12,
  });

/** Well-formed payloads with random but valid values, so that many runs reach the registries. */
const validPayload = fc
  .record(
    {
      birthReferenceNumber: fc.option(fc.stringMatching(/^[0-9]{9}$/), { nil: undefined }),
      firstName: fc.constantFrom('Gibby', 'Adam TEST', 'Adam', 'Chris', 'ANTHONY', "Mary-Ann O'Leary"),
      additionalNames: fc.option(fc.constantFrom('TEST', 'david', 'TEST david'), { nil: undefined }),
      lastName: fc.constantFrom('Haynes', 'SMITH', 'Jones', 'ANDREWS'),
      dateOfBirth: fc.constantFrom('2011-10-01', '2009-07-01', '2012-02-16', '2016-11-08', '2009-11-12'),
      whereBirthRegistered: fc.constantFrom('england', 'wales', 'scotland', 'northern ireland'),
    },
    { requiredKeys: ['firstName', 'lastName', 'dateOfBirth', 'whereBirthRegistered'] },
  )
  .map((body) =>
    // Scotland needs ten digits; the others keep nine.
    body.whereBirthRegistered === 'scotland' && body.birthReferenceNumber
      ? { ...body, birthReferenceNumber: `2${body.birthReferenceNumber}` }
      : body,
  );

const fuzzedPayload = fc.record(
  {
    birthReferenceNumber: field(referenceLike),
    firstName: field(nameLike),
    additionalNames: field(nameLike),
    lastName: field(nameLike),
    dateOfBirth: field(dateLike),
    whereBirthRegistered: field(countryLike),
  },
  { requiredKeys: [] },
);

/** Request body text: JSON of the payloads above, or arbitrary text that is rarely JSON. */
const bodyText = fc.oneof(
  { weight: 6, arbitrary: fuzzedPayload.map((body) => JSON.stringify(body)) },
  { weight: 4, arbitrary: validPayload.map((body) => JSON.stringify(body)) },
  { weight: 1, arbitrary: anyJson.map((body) => JSON.stringify(body)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
);

describe('POST /birth-registration-matching/match — property: any payload and headers', () => {
  let stubs: RunningStubs;
  let brm: BrmApp;

  beforeAll(async () => {
    stubs = await startStubs();
    brm = await startBrm(stubs);
  });

  afterAll(async () => {
    await brm?.close();
    await stubs?.close();
  });

  it('never answers 5xx and always answers a JSON body', async () => {
    const statuses = new Map<number, number>();
    // Every 4xx writes a warning line; keep hundreds of them out of the test output.
    const logs = captureLogs();
    try {
      await fc.assert(
        fc.asyncProperty(
          bodyText,
          acceptHeader,
          fc.option(headerText, { nil: undefined, freq: 20 }),
          async (body, accept, auditSource) => {
            const headers: Record<string, string> = { 'Content-Type': 'application/json' };
            if (accept !== undefined) headers.Accept = accept;
            if (auditSource !== undefined) headers['Audit-Source'] = auditSource;
            const response = await brm.client.post(MATCH_PATH, { headers, body });
            expect(response.status).toBeLessThan(500);
            expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
            expect(() => JSON.parse(response.text)).not.toThrow();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          },
        ),
        { numRuns: 400 },
      );
    } finally {
      logs.stop();
    }
    // The generators must reach the registries as well as every kind of rejection.
    expect([...statuses.keys()].sort()).toEqual([200, 400, 401, 403, 406]);
  });
});
