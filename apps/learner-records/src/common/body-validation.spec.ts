import { LearnerEventsRequest } from '../learner-events/learner-events-request.dto';
import { LearnersRequest } from '../learners/learners-request.dto';
import { ConfirmMatchRequest, ConfirmNoMatchRequest } from '../match/match-requests.dto';
import { KnownRoutes } from '../errors/known-routes';
import { learnerRecordsErrorMapper } from '../errors/learner-records-error-mapper';
import { validateBody } from './checked-request.decorator';

const valid = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE',
  lastKnownPostCode: 'CV49EE',
};
const MODELS = 'uk.gov.justice.digital.hmpps.learnerrecordsapi.models.request';
const mapper = learnerRecordsErrorMapper(new KnownRoutes());

/** What a caller receives for `body`: the platform pipe's refusal, rendered by the app's mapper. */
async function failure(
  type: Parameters<typeof validateBody>[0],
  body: unknown,
): Promise<{ status: number; body: Record<string, string> }> {
  const error = await validateBody(type, body).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error === undefined) throw new Error('expected the body to be rejected');
  const request = { id: '1', method: 'POST', url: '/learners', headers: {}, body };
  const mapped = mapper(error, request);
  return { status: mapped.status, body: mapped.body as Record<string, string> };
}

const unreadable = (developerMessage: string) => ({
  status: 'BAD_REQUEST',
  errorCode: 'Unreadable HTTP message',
  userMessage: 'Unreadable HTTP message',
  developerMessage,
  moreInfo: 'Unreadable HTTP message',
});

describe('JSON bodies, validated by the platform pipe and answered as the reference does', () => {
  it('binds a valid body, canonicalising the enum whatever its case and coercing numbers to text', async () => {
    const bound = await validateBody(ConfirmMatchRequest, {
      matchingUln: '1026893096',
      givenName: 'Sample',
      familyName: 'Tester',
      matchType: 'possible MATCH',
      countOfReturnedUlns: 2,
    });
    expect(bound).toBeInstanceOf(ConfirmMatchRequest);
    expect(bound).toEqual({
      matchingUln: '1026893096',
      givenName: 'Sample',
      familyName: 'Tester',
      matchType: 'Possible Match',
      countOfReturnedUlns: '2',
    });
  });

  it('treats a null optional property as absent and reads booleans as text', async () => {
    const bound = await validateBody(LearnersRequest, {
      ...valid,
      givenName: true,
      gender: 'female',
      emailAddress: null,
    });
    expect(bound).toEqual({ ...valid, givenName: 'true', gender: 'FEMALE' });
    expect(bound.emailAddress).toBeUndefined();
  });

  it.each([undefined, null, ''])('rejects a missing body (%p) as unreadable', async (body) => {
    expect(await failure(LearnersRequest, body)).toEqual({
      status: 400,
      body: unreadable('Required request body is missing'),
    });
  });

  it.each(['text', 5, true, [], [valid]])('rejects a body that is not an object (%p)', async (body) => {
    expect(await failure(LearnersRequest, body)).toEqual({
      status: 400,
      body: unreadable(
        `JSON parse error: Cannot construct instance of \`${MODELS}.LearnersRequest\` from a non-object value`,
      ),
    });
  });

  it('names the first missing or null required property in declaration order', async () => {
    // The reference's parser names its own class, fully qualified.
    expect(await failure(LearnersRequest, { familyName: 'Tester', givenName: null, unknown: 1 })).toEqual({
      status: 400,
      body: unreadable(
        `JSON parse error: Instantiation of [simple type, class ${MODELS}.LearnersRequest] value failed for JSON ` +
          'property givenName due to missing (therefore NULL) value for creator parameter givenName which is a non-nullable type',
      ),
    });
    expect(
      (await failure(ConfirmNoMatchRequest, { countOfReturnedUlns: '0', matchType: null })).body
        .developerMessage,
    ).toContain(
      `class ${MODELS}.ConfirmNoMatchRequest] value failed for JSON property matchType due to missing`,
    );
  });

  it('reports a bad enum value before a missing property and an unknown one', async () => {
    expect(await failure(LearnersRequest, { extra: true, gender: 'TESTINGENUM' })).toEqual({
      status: 400,
      body: unreadable(
        `JSON parse error: Cannot construct instance of \`${MODELS}.Gender\`, problem: Invalid gender value: TESTINGENUM`,
      ),
    });
    expect(
      (await failure(ConfirmMatchRequest, { matchType: 'No match returned from LRS' })).body.developerMessage,
    ).toBe(
      `JSON parse error: Cannot construct instance of \`${MODELS}.MatchType\`, problem: Invalid Match Type value: No match returned from LRS`,
    );
    // A number or a boolean is read as its text, which is no enum value either.
    expect((await failure(LearnersRequest, { ...valid, gender: 1 })).body.developerMessage).toMatch(
      /Invalid gender value: 1$/,
    );
  });

  it('rejects an unknown property with the unrecognized-field envelope once the body is otherwise complete', async () => {
    expect(await failure(LearnersRequest, { ...valid, dateOfBirth: 'bad', nickname: 'x', other: 1 })).toEqual(
      {
        status: 400,
        body: {
          status: 'BAD_REQUEST',
          errorCode: 'Unreadable HTTP message',
          userMessage: 'Unrecognized field in request',
          developerMessage:
            `Unrecognized field: JSON parse error: Unrecognized property "nickname" (class ${MODELS}.LearnersRequest), ` +
            'not marked as ignorable (9 known properties: "givenName", "familyName", "dateOfBirth", "gender", ' +
            '"lastKnownPostCode", "previousFamilyName", "schoolAtAge16", "placeOfBirth", "emailAddress")',
          moreInfo: 'Unrecognized field',
        },
      },
    );
  });

  it.each(['constructor', 'prototype', 'toString', 'hasOwnProperty'])(
    'rejects the unknown property %s like any other',
    async (name) => {
      const { body } = await failure(ConfirmNoMatchRequest, {
        matchType: 'No Match',
        countOfReturnedUlns: '0',
        [name]: 'x',
      });
      expect(body.developerMessage).toBe(
        `Unrecognized field: JSON parse error: Unrecognized property "${name}" (class ${MODELS}.ConfirmNoMatchRequest), ` +
          'not marked as ignorable (2 known properties: "matchType", "countOfReturnedUlns")',
      );
    },
  );

  it('rejects an object or array where text or an enum is expected, the first sent first', async () => {
    expect((await failure(LearnersRequest, { ...valid, givenName: { first: 'Test' } })).body).toEqual(
      unreadable(
        'JSON parse error: Cannot deserialize value of type `java.lang.String` from Object value (property "givenName")',
      ),
    );
    expect((await failure(LearnersRequest, { gender: [], givenName: [] })).body.developerMessage).toBe(
      `JSON parse error: Cannot deserialize value of type \`${MODELS}.Gender\` from Array value (property "gender")`,
    );
    expect((await failure(LearnersRequest, { givenName: {}, gender: 'X' })).body.developerMessage).toBe(
      'JSON parse error: Cannot deserialize value of type `java.lang.String` from Object value (property "givenName")',
    );
  });

  it('lists every failed rule with the reference messages', async () => {
    const { body } = await failure(LearnersRequest, {
      ...valid,
      givenName: 'T1',
      lastKnownPostCode: 'cv4 9ee',
      schoolAtAge16: 'x'.repeat(255),
      emailAddress: '',
    });
    expect(body.errorCode).toBe('Validation Failed');
    expect(body.userMessage).toBe('Please correct the error and retry');
    expect(body.developerMessage).toBe(
      'Validation(s) failed for [givenName, lastKnownPostCode, schoolAtAge16, emailAddress]',
    );
    expect(body.moreInfo).toContain(`must match "^[A-Za-z' ,.-]{3,35}$"`);
    expect(body.moreInfo).toContain(
      'must match "^[A-Z]{1,2}[0-9R][0-9A-Z]? ?[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}|BFPO ?[0-9]{1,4}|([AC-FHKNPRTV-Y]\\d{2}|D6W)? ?[0-9AC-FHKNPRTV-Y]{4}$"',
    );
    expect(body.moreInfo).toContain('size must be between 0 and 254');
  });

  it.each([
    'CV49EE',
    'CV4 9EE',
    'NE2 2AS',
    'ZZ12ZZ',
    'AB125EQ',
    'LU49QZ',
    'BFPO 123',
    'D6W 1234',
    'A65 F4E2',
  ])('accepts postcode %s', async (postcode) => {
    expect(
      (await validateBody(LearnersRequest, { ...valid, lastKnownPostCode: postcode })).lastKnownPostCode,
    ).toBe(postcode);
  });

  it.each(['ABC123', 'INVALID123', 'cv4 9ee', 'CV4  9EE', 'CV49EE!'])(
    'rejects postcode %s',
    async (postcode) => {
      expect(
        (await failure(LearnersRequest, { ...valid, lastKnownPostCode: postcode })).body.developerMessage,
      ).toBe('Validation(s) failed for [lastKnownPostCode]');
    },
  );

  it('rejects an impossible calendar date as a validation failure rather than a server error', async () => {
    const { status, body } = await failure(LearnersRequest, { ...valid, dateOfBirth: '2024-02-30' });
    expect(status).toBe(400);
    expect(body.moreInfo).toBe(
      'Validation(s) failed for [dateOfBirth] with reason(s): [must be a valid calendar date]',
    );
    expect(
      (
        await failure(LearnerEventsRequest, {
          givenName: 'Test',
          familyName: 'Tester',
          uln: '1',
          dateOfBirth: '01-01-2000',
        })
      ).body.moreInfo,
    ).toContain('must match "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"');
  });

  it('validates ULNs as one to ten digits, a number read as its text', async () => {
    expect(
      (await failure(LearnerEventsRequest, { givenName: 'Test', familyName: 'Tester', uln: 12345678901 }))
        .body.moreInfo,
    ).toBe('Validation(s) failed for [uln] with reason(s): [must match "^[0-9]{1,10}$"]');
  });

  it('refuses count text a database cannot store, with every failed rule of the body', async () => {
    const { body } = await failure(ConfirmMatchRequest, {
      matchingUln: 'ABC',
      givenName: 'x',
      familyName: 'Tester',
      matchType: 'Exact Match',
      countOfReturnedUlns: '\u0001',
    });
    expect(body.moreInfo).toBe(
      'Validation(s) failed for [matchingUln, givenName, countOfReturnedUlns] with reason(s): ' +
        `[must match "^[0-9]{1,10}$", must match "^[A-Za-z' ,.-]{3,35}$", must not contain control characters]`,
    );
  });
});
