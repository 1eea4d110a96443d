import { AuditMessage } from '@libs/queue';
import { EmulatedMessage, http, RunningStubs, startStubs } from '@libs/testing';
import {
  Caller,
  callerWith,
  LearnerRecordsApp,
  RO,
  startLearnerRecords,
  UI,
} from './learner-records-test-app';

const confirmation = (matchingUln: string, extra: object = {}) => ({
  matchingUln,
  givenName: 'TestOne',
  familyName: 'TesterOne',
  matchType: 'exact MATCH',
  countOfReturnedUlns: '1',
  ...extra,
});
const noMatch = { matchType: 'No Match', countOfReturnedUlns: '0' };

async function eventually<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('match endpoints, subject access and queue admin over the matches table', () => {
  let stubs: RunningStubs;
  let app: LearnerRecordsApp;
  let ui: Caller;
  let ro: Caller;
  let sar: Caller;
  /** Everything on the SQS `audit` queue, as the HMPPS Audit service receives it. */
  const audited: AuditMessage[] = [];
  const deliveries: EmulatedMessage[] = [];
  let auditService: Promise<void> | undefined;
  let listening = true;

  const historyOf = async (prn: string) =>
    (await sar.get(`/subject-access-request?prn=${prn}`)).body?.content ?? [];

  beforeAll(async () => {
    stubs = await startStubs();
    app = await startLearnerRecords(stubs);
    [ui, ro, sar] = await Promise.all([
      callerWith(stubs, app.url, [UI]),
      callerWith(stubs, app.url, [RO]),
      callerWith(stubs, app.url, ['ROLE_SAR_DATA_ACCESS']),
    ]);
    auditService = (async () => {
      while (listening) {
        const taken = await app.queues.receive('audit-queue', 100);
        deliveries.push(...taken);
        audited.push(...taken.map((message) => message.json as AuditMessage));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
  });

  afterAll(async () => {
    listening = false;
    await auditService;
    await app?.close();
    await stubs?.close();
  });

  it('walks a prisoner through match, idempotent re-match, unmatch, no-match and match again, appending history', async () => {
    expect(await ui.get('/match/A1000AA')).toMatchObject({ status: 404, body: { status: 'NotFound' } });

    const created = await ui.post('/match/A1000AA', confirmation('1174112637'));
    expect(created.status).toBe(201);
    expect(created.text).toBe('');
    expect((await ui.get('/match/A1000AA')).body).toEqual({
      matchedUln: '1174112637',
      givenName: 'TestOne',
      familyName: 'TesterOne',
      status: 'Found',
    });

    expect((await ui.post('/match/A1000AA', confirmation('1174112637'))).status).toBe(201);
    expect(await historyOf('A1000AA')).toHaveLength(1);

    expect((await ui.post('/match/A1000AA/unmatch', { ignored: true })).status).toBe(201);
    expect(await ui.get('/match/A1000AA')).toMatchObject({ status: 404, body: { status: 'NotFound' } });
    expect((await ui.post('/match/A1000AA/unmatch')).status).toBe(201);

    expect(
      (await ui.post('/match/A1000AA/no-match', { matchType: 'too many matches', countOfReturnedUlns: 11 }))
        .status,
    ).toBe(201);
    expect((await ui.post('/match/A1000AA/no-match', noMatch)).status).toBe(201);
    expect(await ui.get('/match/A1000AA')).toMatchObject({
      status: 200,
      body: { matchedUln: '', givenName: '', familyName: '', status: 'NoMatch' },
    });

    expect(
      (
        await ui.post(
          '/match/A1000AA',
          confirmation('1026893096', { givenName: 'Sample', familyName: 'Tester' }),
        )
      ).status,
    ).toBe(201);
    expect((await ui.get('/match/A1000AA')).body).toEqual({
      matchedUln: '1026893096',
      givenName: 'Sample',
      familyName: 'Tester',
      status: 'Found',
    });

    const history = await historyOf('A1000AA');
    expect(
      history.map(
        (row: {
          matchStatus: string;
          matchType: string;
          matchedUln: string;
          countOfReturnedUlns: string;
        }) => [row.matchStatus, row.matchType, row.matchedUln, row.countOfReturnedUlns],
      ),
    ).toEqual([
      ['Matched', 'Exact Match', '1174112637', '1'],
      ['Unmatched', '', '', ''],
      ['Cannot be matched', 'Too Many Matches', '', '11'],
      ['Matched', 'Exact Match', '1026893096', '1'],
    ]);
    expect(history[0]).toEqual({
      id: expect.any(Number),
      nomisId: 'A1000AA',
      matchedUln: '1174112637',
      givenName: 'TestOne',
      familyName: 'TesterOne',
      matchType: 'Exact Match',
      countOfReturnedUlns: '1',
      matchStatus: 'Matched',
      dateCreated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/),
    });
  });

  it("refuses with 409 and writes nothing when the ULN is another prisoner's current match, and frees it on unmatch", async () => {
    expect((await ui.post('/match/B2000BB', confirmation('2000000001'))).status).toBe(201);
    const conflict = await ui.post('/match/C3000CC', confirmation('2000000001'));
    expect(conflict.status).toBe(409);
    expect(conflict.text).toBe('');
    expect((await sar.get('/subject-access-request?prn=C3000CC')).status).toBe(204);

    expect((await ui.post('/match/B2000BB/no-match', noMatch)).status).toBe(201);
    expect((await ui.post('/match/C3000CC', confirmation('2000000001'))).status).toBe(201);
    expect((await ui.get('/match/C3000CC')).body.matchedUln).toBe('2000000001');
  });

  it('ignores whatever body is sent to /unmatch, even malformed JSON or XML', async () => {
    expect((await ui.post('/match/L2000LL', confirmation('7000000007'))).status).toBe(201);
    const headers = {
      authorization: `Bearer ${await stubs.token({ roles: [UI] })}`,
      'x-username': 'test.user@justice.gov.uk',
    };
    const malformed = await http(app.url).post('/match/L2000LL/unmatch', {
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{"matchingUln": ',
    });
    expect(malformed.status).toBe(201);
    expect(malformed.text).toBe('');
    expect(await ui.get('/match/L2000LL')).toMatchObject({ status: 404, body: { status: 'NotFound' } });
    expect((await ui.post('/match/L2000LL', confirmation('7000000007'))).status).toBe(201);
    const xml = await http(app.url).post('/match/L2000LL/unmatch', {
      headers: { ...headers, 'content-type': 'application/xml' },
      body: '<unmatch/>',
    });
    expect(xml.status).toBe(201);
    expect((await historyOf('L2000LL')).map((row: { matchStatus: string }) => row.matchStatus)).toEqual([
      'Matched',
      'Unmatched',
      'Matched',
      'Unmatched',
    ]);
  });

  it('lets exactly one of 20 concurrent confirmations of one ULN for different prisoners succeed', async () => {
    const prisoners = Array.from({ length: 20 }, (_, index) => `R${String(index).padStart(4, '0')}RR`);
    const responses = await Promise.all(
      prisoners.map((nomisId) => ui.post(`/match/${nomisId}`, confirmation('3000000003'))),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const holders = await Promise.all(
      prisoners.map(async (nomisId) =>
        (await ui.get(`/match/${nomisId}`)).status === 200 ? nomisId : undefined,
      ),
    );
    expect(holders.filter(Boolean)).toHaveLength(1);
  });

  it('answers the learning record of the matched learner to consumers, and audits every call', async () => {
    expect((await ui.post('/match/D4000DD', confirmation('1174112637'))).status).toBe(201);
    const before = audited.length;
    const response = await ro.get('/match/D4000DD/learner-events', { username: 'consumer.user' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      searchParameters: { givenName: 'TestOne', familyName: 'TesterOne', uln: '1174112637' },
      responseType: 'Exact Match',
      foundUln: '1174112637',
      incomingUln: '1174112637',
    });
    expect(response.body.learnerRecord).toHaveLength(7);

    const notFound = await ro.get('/match/E5000EE/learner-events');
    expect(notFound.status).toBe(404);
    expect(notFound.body).toEqual({
      status: 'NOT_FOUND',
      errorCode: 'Match not found',
      userMessage: 'No Match found for given NomisId E5000EE',
      developerMessage: 'Individual with this NomisId has not been matched to a ULN yet',
      moreInfo: 'Individual with this NomisId has not been matched to a ULN yet',
    });
    expect((await ui.post('/match/F6000FF/no-match', noMatch)).status).toBe(201);
    const impossible = await ro.get('/match/F6000FF/learner-events');
    expect(impossible.status).toBe(400);
    expect(impossible.body).toEqual({
      status: 'BAD_REQUEST',
      errorCode: 'Match not possible',
      userMessage: 'Not possible to match given NomisId F6000FF',
      developerMessage: 'Individual with this NomisId does not have a ULN',
      moreInfo: 'Individual with this NomisId does not have a ULN',
    });

    const events = await eventually(
      () => audited.slice(before).filter((message) => message.what === 'match-learner-events'),
      (found) => found.length >= 3,
    );
    expect(events.map((message) => message.details).sort()).toEqual(['D4000DD', 'E5000EE', 'F6000FF']);
    events.sort((a, b) => String(a.details).localeCompare(String(b.details)));
    expect(events[0]).toEqual({
      what: 'match-learner-events',
      who: 'consumer.user',
      details: 'D4000DD',
      service: 'hmpps-learner-records-api',
      when: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      correlationId: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
    });
  });

  it('audits GET /match for consumer callers only', async () => {
    const before = audited.length;
    expect((await ui.get('/match/G7000GG', { username: 'ui.user' })).status).toBe(404);
    expect((await ro.get('/match/G7000GG', { username: 'consumer.user' })).status).toBe(404);
    const events = await eventually(
      () => audited.slice(before).filter((message) => message.what === 'match-uln'),
      (found) => found.length >= 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(audited.slice(before).filter((message) => message.what === 'match-uln')).toEqual([
      expect.objectContaining({ who: 'consumer.user', details: 'G7000GG' }),
    ]);
    expect(events).toHaveLength(1);
    // The reference's HmppsAuditEvent body, as sent to SQS, with the outbox's stable id as an attribute.
    const delivery = deliveries
      .slice(before)
      .find((message) => (message.json as AuditMessage).what === 'match-uln');
    expect(delivery?.json).toEqual({
      what: 'match-uln',
      who: 'consumer.user',
      details: 'G7000GG',
      service: 'hmpps-learner-records-api',
      when: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(delivery?.attributes).toEqual({ eventId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('applies the role rules before the header and body checks', async () => {
    expect((await ro.post('/match/H8000HH', confirmation('4000000004'))).status).toBe(403);
    expect((await ro.post('/match/H8000HH/no-match', noMatch)).status).toBe(403);
    expect((await ro.post('/match/H8000HH/unmatch')).status).toBe(403);
    expect((await ui.get('/match/H8000HH/learner-events')).status).toBe(403);
    expect((await sar.get('/match/H8000HH')).status).toBe(403);
    // Without the role, neither a missing header nor a bad body is revealed.
    expect((await ro.post('/match/H8000HH', { matchingUln: 'x' }, { username: null })).status).toBe(403);
    expect((await ro.post('/match/H8000HH', confirmation('ABC'))).status).toBe(403);
    const headerFirst = await ui.post('/match/H8000HH', { matchingUln: 'x' }, { username: null });
    expect(headerFirst.status).toBe(400);
    expect(headerFirst.body.errorCode).toBe('Missing X-Username Header');
    const invalidBody = await ui.post('/match/H8000HH', confirmation('ABC'));
    expect(invalidBody.status).toBe(400);
    expect(invalidBody.body.moreInfo).toBe(
      'Validation(s) failed for [matchingUln] with reason(s): [must match "^[0-9]{1,10}$"]',
    );
    for (const path of ['/match/H8000HH', '/match/H8000HH/learner-events']) {
      expect((await ro.get(path, { username: null })).body.errorCode).toBe('Missing X-Username Header');
    }
    expect((await ui.post('/match/H8000HH/unmatch', undefined, { username: null })).status).toBe(400);
    expect((await http(app.url).get('/match/H8000HH')).status).toBe(401);
  });

  it('validates confirmations: names, match types, required and unknown fields', async () => {
    const invalidType = await ui.post(
      '/match/J9000JJ',
      confirmation('5000000005', { matchType: 'No match returned from LRS' }),
    );
    expect(invalidType.status).toBe(400);
    expect(invalidType.body.developerMessage).toContain(
      'Invalid Match Type value: No match returned from LRS',
    );
    const legacy = await ui.post(
      '/match/J9000JJ',
      confirmation('5000000005', { dateOfBirth: '1990-01-01', gender: 'MALE' }),
    );
    expect(legacy.body.userMessage).toBe('Unrecognized field in request');
    const missing = await ui.post('/match/J9000JJ', {
      matchingUln: '5000000005',
      givenName: 'Test',
      familyName: 'Tester',
      matchType: 'Exact Match',
    });
    expect(missing.body.developerMessage).toContain('JSON property countOfReturnedUlns due to missing');
    const badName = await ui.post('/match/J9000JJ', confirmation('5000000005', { familyName: '<script>' }));
    expect(badName.body.developerMessage).toBe('Validation(s) failed for [familyName]');
    const noMatchExtra = await ui.post('/match/J9000JJ/no-match', { ...noMatch, matchingUln: '1' });
    expect(noMatchExtra.body.userMessage).toBe('Unrecognized field in request');
    expect((await ui.post('/match/J9000JJ/no-match', { countOfReturnedUlns: '0' })).body.errorCode).toBe(
      'Unreadable HTTP message',
    );
    expect((await sar.get('/subject-access-request?prn=J9000JJ')).status).toBe(204);
  });

  describe('GET /subject-access-request', () => {
    it('needs prn or crn, answers 209 for crn only, 204 for nothing held and filters by date', async () => {
      const neither = await sar.get('/subject-access-request');
      expect(neither.status).toBe(400);
      expect(neither.body).toEqual({
        status: 400,
        userMessage: 'One of prn or crn must be supplied.',
        developerMessage: 'One of prn or crn must be supplied.',
      });
      expect((await sar.get('/subject-access-request?crn=X123456')).status).toBe(209);
      expect((await sar.get('/subject-access-request?prn=Z9999ZZ')).status).toBe(204);
      expect((await ui.post('/match/K1000KK', confirmation('6000000006'))).status).toBe(201);
      const today = new Date();
      const day = (offset: number) =>
        new Date(today.getTime() + offset * 86_400_000).toLocaleDateString('sv-SE');
      expect(
        (await sar.get(`/subject-access-request?prn=K1000KK&fromDate=${day(-1)}&toDate=${day(1)}`)).body
          .content,
      ).toHaveLength(1);
      expect((await sar.get(`/subject-access-request?prn=K1000KK&toDate=${day(-1)}`)).status).toBe(204);
      expect((await sar.get(`/subject-access-request?prn=K1000KK&fromDate=${day(1)}`)).status).toBe(204);
      expect((await sar.get('/subject-access-request?prn=K1000KK&fromDate=2024-02-30')).status).toBe(400);
      expect((await ui.get('/subject-access-request?prn=K1000KK')).status).toBe(403);
    });

    it('answers 400 in its own body for a repeated parameter or text the database cannot hold', async () => {
      const repeated = await sar.get('/subject-access-request?prn=K1000KK&prn=A1234AA');
      expect(repeated.status).toBe(400);
      expect(repeated.body).toEqual({
        status: 400,
        userMessage: 'prn must be given once.',
        developerMessage: 'prn must be given once.',
      });
      const nul = await sar.get('/subject-access-request?prn=K1000KK%00');
      expect(nul.status).toBe(400);
      expect(nul.body.userMessage).toBe('prn must not contain control characters.');
      expect((await sar.get('/subject-access-request?crn=X1%0A')).status).toBe(400);
    });
  });

  describe('queue admin', () => {
    it('lets a queue admin inspect and purge the audit queues and nobody else', async () => {
      const admin = await callerWith(stubs, app.url, ['ROLE_QUEUE_ADMIN']);
      // The audit queue has no SQS DLQ; its dead letters are the outbox's (SQS refused them too often).
      const dlq = await admin.get('/queue-admin/get-dlq-messages/audit-outbox-dlq?maxMessages=10');
      expect(dlq.status).toBe(200);
      expect(dlq.body).toEqual({ messagesFoundCount: 0, messagesReturnedCount: 0, messages: [] });
      const retried = await http(app.url).put('/queue-admin/retry-dlq/audit-outbox-dlq', {
        headers: { authorization: `Bearer ${await stubs.token({ roles: ['ROLE_QUEUE_ADMIN'] })}` },
      });
      expect(retried.body).toEqual({ dlqName: 'audit-outbox-dlq', messagesFoundCount: 0 });
      const unknown = await admin.get('/queue-admin/get-dlq-messages/nothing-dlq');
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ status: 'NOT_FOUND', errorCode: 'Queue not found' });
      expect((await ui.get('/queue-admin/get-dlq-messages/audit-outbox-dlq')).status).toBe(403);
    });
  });
});
