import { RunningStubs, startStubs, StartedApp } from '@libs/testing';
import { Caller, callerWith, RO, startLearnerRecords, UI } from './learner-records-test-app';

const CONFIRMATION = {
  matchingUln: '1174112637',
  givenName: 'TestOne',
  familyName: 'TesterOne',
  matchType: 'Exact Match',
  countOfReturnedUlns: '1',
};
const NO_MATCH = { matchType: 'No Match', countOfReturnedUlns: '0' };

const validationFailed = (field: string, reason: string) => ({
  status: 'BAD_REQUEST',
  errorCode: 'Validation Failed',
  userMessage: 'Please correct the error and retry',
  developerMessage: `Validation(s) failed for [${field}]`,
  moreInfo: `Validation(s) failed for [${field}] with reason(s): [${reason}]`,
});
const CONTROL_CHARACTERS = 'must not contain control characters';

describe('text PostgreSQL cannot store (NUL, control characters, over 255 characters)', () => {
  let stubs: RunningStubs;
  let app: StartedApp;
  let ui: Caller;
  let ro: Caller;

  beforeAll(async () => {
    stubs = await startStubs();
    app = await startLearnerRecords(stubs);
    ui = await callerWith(stubs, app.url, [UI]);
    ro = await callerWith(stubs, app.url, [RO]);
  });

  afterAll(async () => {
    await app?.close();
    await stubs?.close();
  });

  it.each(['A1234AA%00', '%00', 'A1234AA%0A', 'A%1FB', 'A%7F', 'A%C2%85'])(
    'answers 400 Validation Failed for {nomisId} %p on every match route and stores nothing',
    async (nomisId) => {
      const answers = [
        await ui.get(`/match/${nomisId}`),
        await ui.post(`/match/${nomisId}`, CONFIRMATION),
        await ui.post(`/match/${nomisId}/no-match`, NO_MATCH),
        await ui.post(`/match/${nomisId}/unmatch`),
        await ro.get(`/match/${nomisId}/learner-events`),
      ];
      for (const answer of answers) {
        expect({ status: answer.status, body: answer.body }).toEqual({
          status: 400,
          body: validationFailed('nomisId', CONTROL_CHARACTERS),
        });
      }
      expect(await stubs.requests('/lrs')).toEqual([]);
      expect((await ui.get('/match/A1234AA')).body).toEqual({ status: 'NotFound' });
    },
  );

  it('checks the role before the prisoner number, and the prisoner number before the header and body', async () => {
    expect((await ro.post('/match/A1234AA%00', CONFIRMATION)).status).toBe(403);
    const answer = await ui.post('/match/A1234AA%00', { unknown: true }, { username: null });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(validationFailed('nomisId', CONTROL_CHARACTERS));
  });

  it('accepts unusual prisoner numbers; over the 100-character path parameter limit is 414', async () => {
    for (const nomisId of ["o'brien é-9 ✓", 'A'.repeat(100)]) {
      expect((await ui.post(`/match/${encodeURIComponent(nomisId)}`, CONFIRMATION)).status).toBe(201);
      expect((await ui.get(`/match/${encodeURIComponent(nomisId)}`)).body).toEqual({
        matchedUln: '1174112637',
        givenName: 'TestOne',
        familyName: 'TesterOne',
        status: 'Found',
      });
      expect((await ui.post(`/match/${encodeURIComponent(nomisId)}/unmatch`)).status).toBe(201);
    }
    const tooLong = await ui.get(`/match/${'A'.repeat(101)}`);
    expect({ status: tooLong.status, envelopeStatus: tooLong.body.status }).toEqual({
      status: 414,
      envelopeStatus: 'URI_TOO_LONG',
    });
  });

  it('answers 400 for a NUL byte or an overlong value in a body field and stores nothing', async () => {
    const cases: Array<[string, object, string, string]> = [
      [
        '/match/B1234BB',
        { ...CONFIRMATION, countOfReturnedUlns: '1\u0000' },
        'countOfReturnedUlns',
        CONTROL_CHARACTERS,
      ],
      [
        '/match/B1234BB',
        { ...CONFIRMATION, countOfReturnedUlns: '1'.repeat(256) },
        'countOfReturnedUlns',
        'size must be between 0 and 255',
      ],
      [
        '/match/B1234BB/no-match',
        { ...NO_MATCH, countOfReturnedUlns: '\u0000' },
        'countOfReturnedUlns',
        CONTROL_CHARACTERS,
      ],
      [
        '/match/B1234BB',
        { ...CONFIRMATION, givenName: 'a\u0000' },
        'givenName',
        `must match "^[A-Za-z' ,.-]{3,35}$"`,
      ],
      [
        '/match/B1234BB',
        { ...CONFIRMATION, matchingUln: '1\u0000' },
        'matchingUln',
        'must match "^[0-9]{1,10}$"',
      ],
    ];
    for (const [path, body, field, reason] of cases) {
      const answer = await ui.post(path, body);
      expect({ path, field, status: answer.status, body: answer.body }).toEqual({
        path,
        field,
        status: 400,
        body: validationFailed(field, reason),
      });
    }
    expect((await ui.get('/match/B1234BB')).body).toEqual({ status: 'NotFound' });
  });
});
