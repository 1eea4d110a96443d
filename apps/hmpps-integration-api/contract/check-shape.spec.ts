import { checkAgainstSchema, checkShape, describeDifferences, responseSchema } from './check-shape';

/** A small model in the form the generator writes: `Person(name: String, age: Int?, born: LocalDate, tags: List<Tag>)`. */
const PERSON = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    name: { type: 'string' },
    age: { type: ['integer', 'null'] },
    born: { type: 'string', format: 'date' },
    seen: { type: ['string', 'null'], format: 'date-time' },
    status: { type: 'string', enum: ['ACTIVE', 'INACTIVE'] },
    tags: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, note: { type: ['string', 'null'] } },
        required: ['code', 'note'],
        additionalProperties: false,
      },
    },
    score: { type: ['number', 'null'] },
  },
  required: ['name', 'age', 'born', 'seen', 'status', 'tags'],
  additionalProperties: false,
};

const valid = () => ({
  name: 'John',
  age: null,
  born: '1980-02-29',
  seen: '2024-03-01T10:15',
  status: 'ACTIVE',
  tags: [{ code: 'A', note: null }],
});

const lines = (body: unknown, options = {}) => describeDifferences(checkAgainstSchema(PERSON, body, options));

describe('checkAgainstSchema', () => {
  it('finds nothing wrong with a body of the right shape, including nulls where the model allows them and an absent optional key', () => {
    expect(lines(valid())).toEqual([]);
  });

  it('reports a missing key with its path', () => {
    const { born: _born, ...body } = valid();
    expect(lines(body)).toEqual(['$.born: missing key: the shape requires this key']);
  });

  it('reports a key the shape does not have, nested in an array item', () => {
    const body = {
      ...valid(),
      tags: [
        { code: 'A', note: null },
        { code: 'B', note: 'x', colour: 'red' },
      ],
    };
    expect(lines(body)).toEqual(['$.tags[1].colour: unexpected key: the shape has no such key']);
  });

  it('reports a value of the wrong type, naming what was expected and what came', () => {
    expect(lines({ ...valid(), age: '42' })).toEqual([
      '$.age: wrong type: expected integer or null, got string',
    ]);
    expect(lines({ ...valid(), tags: { code: 'A' } })).toEqual([
      '$.tags: wrong type: expected array, got object',
    ]);
    expect(lines({ ...valid(), score: 1.5 })).toEqual([]);
  });

  it('reports null where the model is not nullable apart from a wrong type', () => {
    expect(lines({ ...valid(), name: null })).toEqual([
      '$.name: null not allowed: expected string, got null',
    ]);
    expect(lines({ ...valid(), tags: [{ code: null, note: null }] })).toEqual([
      '$.tags[0].code: null not allowed: expected string, got null',
    ]);
  });

  it('reports a value outside an enum', () => {
    expect(lines({ ...valid(), status: 'active' })).toEqual([
      '$.status: not in enum: "active" is not one of "ACTIVE", "INACTIVE"',
    ]);
  });

  it('checks java.time formats as Jackson writes them: LocalDate, LocalDateTime without offset, OffsetDateTime with one', () => {
    expect(lines({ ...valid(), born: '29/02/1980' })).toEqual([
      '$.born: wrong format: expected date, got "29/02/1980"',
    ]);
    expect(lines({ ...valid(), born: '1980-02-29T00:00:00' })).toEqual([
      '$.born: wrong format: expected date, got "1980-02-29T00:00:00"',
    ]);
    expect(lines({ ...valid(), seen: '2024-03-01T10:15:30.123' })).toEqual([]);
    expect(lines({ ...valid(), seen: '2024-03-01T10:15:30+01:00' })).toEqual([]);
    expect(lines({ ...valid(), seen: '2024-03-01' })).toEqual([
      '$.seen: wrong format: expected date-time, got "2024-03-01"',
    ]);
  });

  it('reports every difference at once, one line each', () => {
    const body = { name: 7, born: '1980-02-29', seen: null, status: 'ACTIVE', tags: [], extra: true };
    expect(lines(body)).toEqual([
      '$.age: missing key: the shape requires this key',
      '$.extra: unexpected key: the shape has no such key',
      '$.name: wrong type: expected string, got integer',
    ]);
  });

  it('can ignore missing keys, for partial examples', () => {
    const body = { name: 'John', tags: [{ code: 'A' }], colour: 'red' };
    expect(lines(body, { ignoreMissing: true })).toEqual([
      '$.colour: unexpected key: the shape has no such key',
    ]);
  });

  it('quotes keys that are not plain identifiers in paths', () => {
    const schema = { type: 'object', properties: {}, additionalProperties: false };
    expect(describeDifferences(checkAgainstSchema(schema, { 'Temporary Absence': 1 }))).toEqual([
      '$["Temporary Absence"]: unexpected key: the shape has no such key',
    ]);
  });

  it('reports a body that is not an object at the root', () => {
    expect(lines([valid()])).toEqual(['$: wrong type: expected object, got array']);
  });
});

describe('checkShape against the recorded HEAD shapes', () => {
  it('accepts HEAD-shaped bodies of an operation and reports what differs', () => {
    expect(checkShape('GET /v1/status', { data: { status: 'ok' }, errors: [] })).toEqual([]);
    expect(describeDifferences(checkShape('GET /v1/status', { data: { status: 'ok' } }))).toEqual([
      '$.errors: missing key: the shape requires this key',
    ]);
  });

  it('lets @JsonInclude(NON_NULL) keys be absent but not be of another type', () => {
    const key = 'GET /v1/persons/{hmppsId}/prisoner-base-location';
    expect(checkShape(key, { data: { inPrison: true } })).toEqual([]);
    expect(
      describeDifferences(checkShape(key, { data: { inPrison: true, lastMovementType: 'ADMISSION' } })),
    ).toEqual([
      '$.data.lastMovementType: not in enum: "ADMISSION" is not one of "Admission", "Release", "Transfers", "Court", "Temporary Absence", null',
    ]);
  });

  it('follows recursive models (a residential hierarchy of sub-locations)', () => {
    const leaf = {
      locationId: 'c',
      locationType: 'CELL',
      locationCode: '001',
      fullLocationPath: 'A-1-001',
      localName: null,
      level: 3,
      subLocations: null,
    };
    const wing = {
      ...leaf,
      locationId: 'w',
      locationType: 'WING',
      level: 1,
      subLocations: [{ ...leaf, subLocations: [{ ...leaf, level: '3' }] }],
    };
    expect(
      describeDifferences(checkShape('GET /v1/prison/{prisonId}/residential-hierarchy', { data: [wing] })),
    ).toEqual(['$.data[0].subLocations[0].subLocations[0].level: wrong type: expected integer, got string']);
  });

  it("uses HEAD's standard ErrorResponse for error statuses, and ValidationErrorResponse where an operation records it", () => {
    const notFound = {
      status: 404,
      errorCode: null,
      userMessage: 'Could not find person with id: A1234AA',
      developerMessage: '404 Not found error: Could not find person with id: A1234AA',
      moreInfo: null,
    };
    expect(checkShape('GET /v1/persons/{hmppsId}/alerts', notFound, { status: 404 })).toEqual([]);
    expect(
      describeDifferences(
        checkShape('GET /v1/persons/{hmppsId}/alerts', { status: 404, userMessage: 'x' }, { status: 404 }),
      ),
    ).toEqual([
      '$.errorCode: missing key: the shape requires this key',
      '$.developerMessage: missing key: the shape requires this key',
      '$.moreInfo: missing key: the shape requires this key',
    ]);
    const invalid = {
      status: 400,
      userMessage: 'Validation issues in request body',
      developerMessage: 'Validation issues in request body',
      validationErrors: ['x'],
    };
    expect(checkShape('POST /v1/visit', invalid, { status: 400 })).toEqual([]);
    expect(
      responseSchema('PUT /v1/persons/{hmppsId}/expression-of-interest/jobs/{jobId}', { status: 410 }).title,
    ).toBe('ErrorResponse');
  });

  it('refuses what it cannot check rather than passing it', () => {
    expect(() => checkShape('GET /v1/images/{id}', {})).toThrow('no JSON body at HEAD (image/jpeg)');
    expect(() => checkShape('PUT /v1/persons/{hmppsId}/expression-of-interest/jobs/{jobId}', {})).toThrow(
      'no success response at HEAD',
    );
    expect(() => checkShape('GET /v1/status', {}, { status: 302 })).toThrow('no 302 response at HEAD');
    expect(() => checkShape('GET /v1/no-such-thing', {})).toThrow();
    expect(() => checkShape('get v1/status', {})).toThrow('not an operation key');
  });
});
