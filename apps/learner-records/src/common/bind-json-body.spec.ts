import { ApiError } from '@libs/errors';
import { LearnerEventsRequest } from '../learner-events/learner-events-request.dto';
import { LearnersRequest } from '../learners/learners-request.dto';
import { ConfirmMatchRequest } from '../match/match-requests.dto';
import { bindJsonBody } from './bind-json-body';

const valid = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE',
  lastKnownPostCode: 'CV49EE',
};

function failure(
  type: Parameters<typeof bindJsonBody>[0],
  body: unknown,
): { status: number; body: Record<string, string> } {
  try {
    bindJsonBody(type, body);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return { status: (error as ApiError).status, body: (error as ApiError).body as Record<string, string> };
  }
  throw new Error('expected the body to be rejected');
}

describe('bindJsonBody', () => {
  it('binds a valid body, canonicalising the enum whatever its case and coercing numbers to text', () => {
    const bound = bindJsonBody(ConfirmMatchRequest, {
      matchingUln: '1026893096',
      givenName: 'Sample',
      familyName: 'Tester',
      matchType: 'possible MATCH',
      countOfReturnedUlns: 2,
    });
    expect(bound).toEqual({
      matchingUln: '1026893096',
      givenName: 'Sample',
      familyName: 'Tester',
      matchType: 'Possible Match',
      countOfReturnedUlns: '2',
    });
  });

  it('treats a null optional property as absent', () => {
    expect(bindJsonBody(LearnersRequest, { ...valid, gender: 'female', emailAddress: null })).toEqual({
      ...valid,
      gender: 'FEMALE',
    });
  });

  it('rejects a missing body as unreadable', () => {
    expect(failure(LearnersRequest, undefined)).toEqual({
      status: 400,
      body: {
        status: 'BAD_REQUEST',
        errorCode: 'Unreadable HTTP message',
        userMessage: 'Unreadable HTTP message',
        developerMessage: 'Required request body is missing',
        moreInfo: 'Unreadable HTTP message',
      },
    });
  });

  it('names the first missing or null required property in declaration order', () => {
    const { body } = failure(LearnersRequest, { familyName: 'Tester', givenName: null, unknown: 1 });
    expect(body.errorCode).toBe('Unreadable HTTP message');
    expect(body.developerMessage).toContain('JSON property givenName due to missing');
    // The reference's parser names its own class, fully qualified.
    expect(body.developerMessage).toContain(
      '[simple type, class uk.gov.justice.digital.hmpps.learnerrecordsapi.models.request.LearnersRequest]',
    );
  });

  it('reports a bad enum value before a missing property and an unknown one', () => {
    const { body } = failure(LearnersRequest, { extra: true, gender: 'TESTINGENUM' });
    expect(body.developerMessage).toBe(
      'JSON parse error: Cannot construct instance of `uk.gov.justice.digital.hmpps.learnerrecordsapi.models.request.Gender`, problem: Invalid gender value: TESTINGENUM',
    );
    expect(
      failure(ConfirmMatchRequest, { matchType: 'No match returned from LRS' }).body.developerMessage,
    ).toContain('Invalid Match Type value: No match returned from LRS');
  });

  it('rejects an unknown property with the unrecognized-field envelope once the body is otherwise complete', () => {
    const { status, body } = failure(LearnersRequest, { ...valid, dateOfBirth: 'bad', nickname: 'x' });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      status: 'BAD_REQUEST',
      errorCode: 'Unreadable HTTP message',
      userMessage: 'Unrecognized field in request',
      moreInfo: 'Unrecognized field',
    });
    expect(body.developerMessage).toMatch(
      /^Unrecognized field: JSON parse error: Unrecognized property "nickname"/,
    );
  });

  it('rejects an object where text is expected as unreadable', () => {
    expect(failure(LearnersRequest, { ...valid, givenName: { first: 'Test' } }).body.errorCode).toBe(
      'Unreadable HTTP message',
    );
  });

  it('lists every failed rule with the reference messages', () => {
    const { body } = failure(LearnersRequest, {
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
  ])('accepts postcode %s', (postcode) => {
    expect(bindJsonBody(LearnersRequest, { ...valid, lastKnownPostCode: postcode }).lastKnownPostCode).toBe(
      postcode,
    );
  });

  it.each(['ABC123', 'INVALID123', 'cv4 9ee', 'CV4  9EE', 'CV49EE!'])('rejects postcode %s', (postcode) => {
    expect(failure(LearnersRequest, { ...valid, lastKnownPostCode: postcode }).body.developerMessage).toBe(
      'Validation(s) failed for [lastKnownPostCode]',
    );
  });

  it('rejects an impossible calendar date as a validation failure rather than a server error', () => {
    const { status, body } = failure(LearnersRequest, { ...valid, dateOfBirth: '2024-02-30' });
    expect(status).toBe(400);
    expect(body.moreInfo).toBe(
      'Validation(s) failed for [dateOfBirth] with reason(s): [must be a valid calendar date]',
    );
    expect(
      failure(LearnerEventsRequest, {
        givenName: 'Test',
        familyName: 'Tester',
        uln: '1',
        dateOfBirth: '01-01-2000',
      }).body.moreInfo,
    ).toContain('must match "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"');
  });

  it('validates ULNs as one to ten digits', () => {
    expect(
      failure(LearnerEventsRequest, { givenName: 'Test', familyName: 'Tester', uln: '12345678901' }).body
        .moreInfo,
    ).toContain('must match "^[0-9]{1,10}$"');
  });
});
