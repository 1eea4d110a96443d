import { captureLogs, http, RunningStubs, startStubs, StartedApp } from '@libs/testing';
import { Caller, callerWith, RO, startLearnerRecords, UI } from './learner-records-test-app';

const exactMatchRequest = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE',
  lastKnownPostCode: 'CV49EE',
};
const byName = (givenName: string) => ({ ...exactMatchRequest, givenName });

describe('POST /learners and POST /learner-events over the LRS stand-in', () => {
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

  afterEach(() => stubs.resetFaults());

  describe('POST /learners', () => {
    it('answers an exact match with the learner as LRS holds it and echoes the request', async () => {
      const response = await ui.post('/learners', { ...exactMatchRequest, gender: 'female' });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.body.searchParameters).toEqual(exactMatchRequest);
      expect(response.body.responseType).toBe('Exact Match');
      expect(response.body).not.toHaveProperty('mismatchedFields');
      expect(response.body.matchedLearners).toEqual([
        {
          createdDate: '2012-05-25',
          lastUpdatedDate: '2012-05-25',
          uln: '1026893096',
          versionNumber: '1',
          title: 'Mrs',
          givenName: 'Sample',
          middleOtherName: 'Isla',
          familyName: 'Tester',
          preferredGivenName: 'Sample',
          previousFamilyName: 'Testname',
          familyNameAtAge16: 'TESTER',
          schoolAtAge16: 'Mill Hill School Foundation ',
          lastKnownAddressLine1: '1 JOBS LANE',
          lastKnownAddressTown: 'COVENTRY',
          lastKnownAddressCountyOrCity: 'WEST MIDLANDS',
          lastKnownPostCode: 'CV4 9EE',
          dateOfAddressCapture: '2009-04-25',
          dateOfBirth: '1976-08-16',
          placeOfBirth: 'Blean ',
          gender: 'FEMALE',
          emailAddress: '',
          scottishCandidateNumber: '845759406',
          abilityToShare: '1',
          learnerStatus: '1',
          verificationType: '1',
          tierLevel: '0',
        },
      ]);
    });

    it('sends FindLearnerByDemographics with our credentials, the user and every value XML-escaped', async () => {
      await stubs.clearRequests();
      const response = await ui.post(
        '/learners',
        {
          ...byName("D'Arcy"),
          familyName: 'Tester-Smith',
          schoolAtAge16: 'Smith & <Sons> "High"',
          placeOfBirth: "King's Lynn",
        },
        { username: 'A & B <admin>' },
      );
      expect(response.status).toBe(200);
      expect(response.body.responseType).toBe('No Match');
      expect(response.body.searchParameters.schoolAtAge16).toBe('Smith & <Sons> "High"');
      const [call] = await stubs.requests('/lrs');
      expect(call.path).toBe('/lrs/LearnerService.svc');
      const xml = String(call.body);
      expect(xml).toContain(
        '<FindType>FUL</FindType><UKPRN>10000001</UKPRN><OrgPassword>local-org-password</OrgPassword><UserName>A &amp; B &lt;admin&gt;</UserName>' +
          '<FamilyName>Tester-Smith</FamilyName><GivenName>D&apos;Arcy</GivenName><DateOfBirth>1976-08-16</DateOfBirth><Gender>2</Gender>' +
          '<LastKnownPostCode>CV49EE</LastKnownPostCode><PreviousFamilyName></PreviousFamilyName>' +
          '<SchoolAtAge16>Smith &amp; &lt;Sons&gt; &quot;High&quot;</SchoolAtAge16><PlaceOfBirth>King&apos;s Lynn</PlaceOfBirth><EmailAddress></EmailAddress>',
      );
      expect(xml).toContain('<fin:FindLearnerByDemographics xmlns:fin="http://api.lrs.miap.gov.uk/findmsg">');
    });

    it.each([
      ['Nobody', 'No Match'],
      ['Everybody', 'Too Many Matches'],
    ])('answers %s with responseType %s and no learners', async (givenName, responseType) => {
      const response = await ui.post('/learners', byName(givenName));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ searchParameters: byName(givenName), responseType });
    });

    it('answers a possible match with the fields that differ from the request', async () => {
      const response = await ui.post('/learners', byName('Abbie'));
      expect(response.status).toBe(200);
      expect(response.body.responseType).toBe('Possible Match');
      expect(response.body.matchedLearners.map((learner: { uln: string }) => learner.uln)).toEqual([
        '7667649978',
      ]);
      expect(response.body.matchedLearners[0].gender).toBe('NOT_SPECIFIED');
      expect(response.body.mismatchedFields).toEqual({
        familyName: ['Evans'],
        dateOfBirth: ['1994-02-06'],
        gender: ['NOT_SPECIFIED'],
        lastKnownPostCode: ['LU4 9QX'],
      });
    });

    it('lists one mismatch per differing learner for a possible match with two learners', async () => {
      const response = await ui.post('/learners', {
        ...byName('Sample'),
        gender: 'MALE',
        dateOfBirth: '1995-06-28',
      });
      expect(response.body.responseType).toBe('Possible Match');
      expect(response.body.matchedLearners.map((learner: { uln: string }) => learner.uln)).toEqual([
        '1964986809',
        '8383558804',
      ]);
      expect(response.body.mismatchedFields).toEqual({ lastKnownPostCode: ['NE00 1ND', 'SO00 1JX'] });
    });

    it('answers a linked learner with the master record', async () => {
      const response = await ui.post('/learners', byName('Linked'));
      expect(response.body.responseType).toBe('Linked Learner Match');
      expect(response.body.matchedLearners).toEqual([
        expect.objectContaining({ uln: '6936002314', masterSubstituted: 'Y', givenName: 'Testing-Sample' }),
      ]);
      expect(response.body).not.toHaveProperty('mismatchedFields');
    });

    it('checks the role before the body and X-Username, then the body before X-Username', async () => {
      // Fidelity fix: without the role, a bad body or a missing header is not revealed (403, not 400).
      const forbidden = await ro.post(
        '/learners',
        { ...exactMatchRequest, givenName: 'X' },
        { username: null },
      );
      expect(forbidden.status).toBe(403);
      expect(forbidden.body).toEqual({
        status: 'FORBIDDEN',
        errorCode: 'Forbidden - Authorization Denied',
        userMessage: 'Forbidden: Access Denied',
        developerMessage: 'Forbidden - Authorization Denied',
        moreInfo: 'Forbidden - Authorization Denied',
      });
      const invalid = await ui.post(
        '/learners',
        { ...exactMatchRequest, givenName: 'X' },
        { username: null },
      );
      expect(invalid.status).toBe(400);
      expect(invalid.body.errorCode).toBe('Validation Failed');
      const noUser = await ui.post('/learners', exactMatchRequest, { username: null });
      expect(noUser.status).toBe(400);
      expect(noUser.body.errorCode).toBe('Missing X-Username Header');
    });

    it('accepts an empty X-Username', async () => {
      expect((await ui.post('/learners', byName('Nobody'), { username: '' })).status).toBe(200);
    });

    it('answers 401 with an empty body and a challenge without a valid token', async () => {
      const anonymous = await http(app.url).post('/learners', {
        body: exactMatchRequest,
        headers: { 'x-username': 'u' },
      });
      expect(anonymous.status).toBe(401);
      expect(anonymous.text).toBe('');
      expect(anonymous.headers['www-authenticate']).toBe('Bearer');
      const expired = await stubs.token({ roles: [UI], expiresInSeconds: -3600 });
      const stale = await http(app.url).post('/learners', {
        body: exactMatchRequest,
        headers: { authorization: `Bearer ${expired}`, 'x-username': 'u' },
      });
      expect(stale.status).toBe(401);
      expect(stale.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    });

    it.each([
      ['givenName', { givenName: 'Te' }, `must match "^[A-Za-z' ,.-]{3,35}$"`],
      ['familyName', { familyName: 'Tester1' }, `must match "^[A-Za-z' ,.-]{3,35}$"`],
      ['previousFamilyName', { previousFamilyName: 'x'.repeat(36) }, `must match "^[A-Za-z' ,.-]{3,35}$"`],
      ['dateOfBirth', { dateOfBirth: '16-08-1976' }, 'must match "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"'],
      ['dateOfBirth', { dateOfBirth: '2024-02-30' }, 'must be a valid calendar date'],
      [
        'lastKnownPostCode',
        { lastKnownPostCode: 'cv4 9ee' },
        'must match "^[A-Z]{1,2}[0-9R][0-9A-Z]? ?[0-9]',
      ],
      [
        'lastKnownPostCode',
        { lastKnownPostCode: 'CV4  9EE' },
        'must match "^[A-Z]{1,2}[0-9R][0-9A-Z]? ?[0-9]',
      ],
      ['schoolAtAge16', { schoolAtAge16: 's'.repeat(255) }, 'size must be between 0 and 254'],
      ['placeOfBirth', { placeOfBirth: 'p'.repeat(36) }, 'size must be between 0 and 35'],
      ['emailAddress', { emailAddress: '' }, 'must match "^[A-Za-z0-9._\'%+-]{1,64}@'],
      ['emailAddress', { emailAddress: 'not-an-address' }, 'must match "^[A-Za-z0-9._\'%+-]{1,64}@'],
    ])('rejects a bad %s (%j) with Validation Failed', async (field, change, reason) => {
      const response = await ui.post('/learners', { ...exactMatchRequest, ...change });
      expect(response.status).toBe(400);
      expect(response.body.status).toBe('BAD_REQUEST');
      expect(response.body.errorCode).toBe('Validation Failed');
      expect(response.body.userMessage).toBe('Please correct the error and retry');
      expect(response.body.developerMessage).toBe(`Validation(s) failed for [${field}]`);
      expect(response.body.moreInfo).toContain(
        `Validation(s) failed for [${field}] with reason(s): [${reason}`,
      );
    });

    it('accepts every valid optional field', async () => {
      const response = await ui.post('/learners', {
        ...exactMatchRequest,
        previousFamilyName: 'Testname',
        schoolAtAge16: 's'.repeat(254),
        placeOfBirth: 'p'.repeat(35),
        emailAddress: "o'neil.test+lrs@mail.example.co.uk",
        lastKnownPostCode: 'BFPO 123',
      });
      expect(response.status).toBe(200);
    });

    it.each([
      ['a missing required field', { givenName: 'Test' }, 'JSON property familyName due to missing'],
      [
        'a null required field',
        { ...exactMatchRequest, lastKnownPostCode: null },
        'JSON property lastKnownPostCode due to missing',
      ],
      [
        'a bad gender',
        { ...exactMatchRequest, gender: 'TESTINGENUM' },
        'problem: Invalid gender value: TESTINGENUM',
      ],
    ])('rejects %s as an unreadable message', async (_case, body, message) => {
      const response = await ui.post('/learners', body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        status: 'BAD_REQUEST',
        errorCode: 'Unreadable HTTP message',
        userMessage: 'Unreadable HTTP message',
        moreInfo: 'Unreadable HTTP message',
      });
      expect(response.body.developerMessage).toContain(message);
    });

    it('rejects unknown properties', async () => {
      const response = await ui.post('/learners', { ...exactMatchRequest, nickname: 'Tess' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        errorCode: 'Unreadable HTTP message',
        userMessage: 'Unrecognized field in request',
        moreInfo: 'Unrecognized field',
      });
      expect(response.body.developerMessage).toContain('Unrecognized property "nickname"');
    });

    it('rejects malformed JSON and a missing body as unreadable', async () => {
      const token = await stubs.token({ roles: [UI] });
      const headers = {
        authorization: `Bearer ${token}`,
        'x-username': 'u',
        'content-type': 'application/json',
      };
      const malformed = await http(app.url).post('/learners', { headers, body: '{"givenName": "Test",' });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ status: 'BAD_REQUEST', errorCode: 'Unreadable HTTP message' });
      const missing = await http(app.url).post('/learners', {
        headers: { authorization: `Bearer ${token}`, 'x-username': 'u' },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errorCode).toBe('Unreadable HTTP message');
    });

    it('answers 500 LRS Error with the parsed fault for an LRS SOAP fault, never logging the credentials', async () => {
      const logs = captureLogs();
      let response;
      try {
        response = await ui.post('/learners', byName('Fault'));
      } finally {
        logs.stop();
      }
      const message =
        'LRS returned an error: MIAPAPIException(errorCode=WSEC0001, errorActor=uk.gov.miap.lrs.api.learner.utils.MSGValidator.validateSOAPMSG(), ' +
        'description=Invalid request, The request was badly formed & could not be processed, furtherDetails=Stub fault requested by given name Fault, ' +
        'errorTimestamp=2025-01-14 15:23:47)';
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'LRS Error',
        userMessage: message,
        developerMessage: message,
        moreInfo: 'LRS Error',
      });
      expect(logs.text()).not.toContain('local-org-password');
      expect(logs.text()).not.toContain('10000001');
    });

    it('answers 424 while LRS shows its maintenance page', async () => {
      const response = await ui.post('/learners', byName('Maintenance'));
      expect(response.status).toBe(424);
      expect(response.body).toMatchObject({
        status: 'FAILED_DEPENDENCY',
        errorCode: 'DfE API failed to Respond',
        userMessage: 'LRS API Dependency Failed - DfE API is under maintenance',
      });
    });

    it('answers 408 when LRS is too slow', async () => {
      const response = await ui.post('/learners', byName('Slow'));
      expect(response.status).toBe(408);
      expect(response.body).toMatchObject({
        status: 'REQUEST_TIMEOUT',
        errorCode: 'Request Timeout',
        userMessage: 'A request to an upstream service timed out.',
      });
    });

    it('answers 500 Unparsable LRS Error for an error status without a fault, and 500 for a dropped connection', async () => {
      await stubs.setFault({
        prefix: '/lrs',
        status: 503,
        body: 'Service Unavailable',
        contentType: 'text/plain',
      });
      const unparsable = await ui.post('/learners', exactMatchRequest);
      expect(unparsable.status).toBe(500);
      expect(unparsable.body.userMessage).toBe('Unexpected error: Unparsable LRS Error');
      await stubs.resetFaults();
      await stubs.setFault({ prefix: '/lrs', reset: true });
      const reset = await ui.post('/learners', exactMatchRequest);
      expect(reset.status).toBe(500);
      expect(reset.body.errorCode).toBe('Unexpected error');
    });

    it('answers 500 naming the unreadable LRS answer when LRS sends 200 with a body that is not XML', async () => {
      await stubs.setFault({ prefix: '/lrs', status: 200, body: 'not xml', contentType: 'text/xml' });
      const response = await ui.post('/learners', exactMatchRequest);
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        status: 'INTERNAL_SERVER_ERROR',
        errorCode: 'Unexpected error',
        userMessage: 'Unexpected error: LRS answer unreadable: Invalid XML',
        developerMessage: 'Unexpected error: LRS answer unreadable: Invalid XML',
        moreInfo: 'Unexpected error',
      });
    });
  });

  describe('POST /learner-events', () => {
    const eventsRequest = (givenName: string, extra: object = {}) => ({
      givenName,
      familyName: 'TesterOne',
      uln: '1174112637',
      ...extra,
    });

    it('answers the learning record of an exactly matched learner', async () => {
      await stubs.clearRequests();
      const response = await ui.post(
        '/learner-events',
        eventsRequest('TestOne', { dateOfBirth: '1980-11-01', gender: 'male' }),
      );
      expect(response.status).toBe(200);
      expect(response.body.searchParameters).toEqual(
        eventsRequest('TestOne', { dateOfBirth: '1980-11-01', gender: 'MALE' }),
      );
      expect(response.body).toMatchObject({
        responseType: 'Exact Match',
        foundUln: '1174112637',
        incomingUln: '1174112637',
      });
      expect(response.body.learnerRecord.map((event: { id: string }) => event.id)).toEqual([
        '2931',
        '2932',
        '252',
        '253',
        '254',
        '255',
        '38075232',
      ]);
      expect(response.body.learnerRecord[0]).toEqual({
        id: '2931',
        achievementProviderUkprn: '10030488',
        achievementProviderName: 'LUTON PENTECOSTAL CHURCH',
        awardingOrganisationName: 'UNKNOWN',
        qualificationType: 'GCSE',
        subjectCode: '50079116',
        achievementAwardDate: '2011-10-24',
        credits: '0',
        source: 'ILR',
        dateLoaded: '2012-05-31 16:47:04',
        underDataChallenge: 'N',
        level: '',
        status: 'F',
        subject: 'GCSE in English Literature',
        grade: '9999999999',
        awardingOrganisationUkprn: 'UNKNWN',
        collectionType: 'W',
        returnNumber: '02',
        participationStartDate: '2011-10-02',
        participationEndDate: '2011-10-24',
      });
      expect(response.body.learnerRecord[6]).toMatchObject({
        source: 'AO',
        languageForAssessment: 'English',
      });
      const [call] = await stubs.requests('/lrs');
      expect(call.headers.soapaction).toBe('"http://tempuri.org/ILearnerServiceR9/GetLearnerLearningEvents"');
      expect(String(call.body)).toContain(
        '<tem:invokingOrganisation><org:Password xmlns:org="http://schemas.datacontract.org/2004/07/Amor.Qcf.Service.Interface">local-org-password</org:Password>',
      );
      expect(String(call.body)).toContain(
        '<tem:vendorID>01</tem:vendorID><tem:language>ENG</tem:language><tem:uln>1174112637</tem:uln>',
      );
      expect(String(call.body)).toContain(
        '<tem:dateOfBirth>1980-11-01</tem:dateOfBirth><tem:gender>1</tem:gender><tem:getType>FULL</tem:getType>',
      );
    });

    it.each([
      ['Sample', 'Linked Learner Match', '6936002314', '4444599390', 18],
      ['tester', 'Learner opted to not share data', '1026922983', '1026922983', 0],
      ['Test', 'Learner could not be verified', '', '1174112637', 0],
    ])('answers %s with %s', async (givenName, responseType, foundUln, incomingUln, events) => {
      const response = await ui.post('/learner-events', eventsRequest(givenName));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        searchParameters: eventsRequest(givenName),
        responseType,
        foundUln,
        incomingUln,
      });
      expect(response.body.learnerRecord).toHaveLength(events);
    });

    it.each([
      ['uln', { uln: '12345678901' }, 'must match "^[0-9]{1,10}$"'],
      ['uln', { uln: 'ABC' }, 'must match "^[0-9]{1,10}$"'],
      ['givenName', { givenName: 'T' }, `must match "^[A-Za-z' ,.-]{3,35}$"`],
      ['dateOfBirth', { dateOfBirth: '2023-13-01' }, 'must be a valid calendar date'],
    ])('rejects a bad %s', async (field, change, reason) => {
      const response = await ui.post('/learner-events', { ...eventsRequest('TestOne'), ...change });
      expect(response.status).toBe(400);
      expect(response.body.moreInfo).toBe(`Validation(s) failed for [${field}] with reason(s): [${reason}]`);
    });

    it('rejects a bad gender, unknown properties and a caller without the UI role', async () => {
      expect(
        (await ui.post('/learner-events', eventsRequest('TestOne', { gender: 'X' }))).body.developerMessage,
      ).toContain('Invalid gender value: X');
      expect(
        (await ui.post('/learner-events', eventsRequest('TestOne', { getType: 'BRIEF' }))).body.userMessage,
      ).toBe('Unrecognized field in request');
      expect((await ro.post('/learner-events', eventsRequest('TestOne'))).status).toBe(403);
    });

    it('maps LRS faults, maintenance and timeouts as for /learners', async () => {
      expect((await ui.post('/learner-events', eventsRequest('Fault'))).body.errorCode).toBe('LRS Error');
      expect((await ui.post('/learner-events', eventsRequest('Maintenance'))).status).toBe(424);
      expect((await ui.post('/learner-events', eventsRequest('Slow'))).status).toBe(408);
    });
  });

  describe('platform', () => {
    it('answers an unknown path 404 and a wrong method 405 in the service envelope', async () => {
      const missing = await ui.get('/nowhere');
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({
        status: 'NOT_FOUND',
        errorCode: 'No Resource Found',
        userMessage: "No resource found failure: No static resource nowhere for request '/nowhere'.",
        developerMessage: 'Requested Resource not found on the server',
        moreInfo: 'Requested Resource not found on the server',
      });
      const wrongMethod = await ui.get('/learners');
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.body).toMatchObject({
        status: 'METHOD_NOT_ALLOWED',
        errorCode: 'Method (GET) not allowed',
        developerMessage: 'HTTP Method (GET) is not allowed, use only (POST) method',
      });
    });

    it('documents every endpoint, its roles as bearer schemes and its errors', async () => {
      const response = await http(app.url).get('/v3/api-docs');
      expect(response.status).toBe(200);
      const doc = response.body;
      expect(Object.keys(doc.components.securitySchemes)).toEqual(
        expect.arrayContaining([UI, RO, 'ROLE_SAR_DATA_ACCESS']),
      );
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/learners',
          '/learner-events',
          '/match/{nomisId}',
          '/match/{nomisId}/no-match',
          '/match/{nomisId}/unmatch',
          '/match/{nomisId}/learner-events',
          '/subject-access-request',
        ]),
      );
      expect(doc.paths['/learners'].post.security).toEqual([{ [UI]: [] }]);
      expect(Object.keys(doc.paths['/learners'].post.responses)).toEqual(
        expect.arrayContaining(['200', '400', '401', '403', '408', '424', '500']),
      );
      expect(doc.paths['/match/{nomisId}/learner-events'].get.security).toEqual([{ [RO]: [] }]);
    });

    it("names itself after the reference's application in /info", async () => {
      const response = await http(app.url).get('/info');
      expect(response.status).toBe(200);
      expect(response.body.build.name).toBe('hmpps-learner-records-api');
    });

    it('reports health without a token', async () => {
      const response = await http(app.url).get('/health');
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('UP');
      expect(response.body.components.lrs.status).toBe('UP');
    });
  });
});
