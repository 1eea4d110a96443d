import { RunningStubs, startStubs, StartedApp } from '@libs/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { Caller, callerWith, startLearnerRecords, UI } from './learner-records-test-app';

const FIND_TESTER = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE',
  lastKnownPostCode: 'CV49EE',
};
const EVENTS_TESTONE = { givenName: 'TestOne', familyName: 'TesterOne', uln: '1174112637' };
const FAILURE_THRESHOLD = 3;
const RESET_MS = 1000;

const unexpected = (message: string) => ({
  status: 'INTERNAL_SERVER_ERROR',
  errorCode: 'Unexpected error',
  userMessage: `Unexpected error: ${message}`,
  developerMessage: `Unexpected error: ${message}`,
  moreInfo: 'Unexpected error',
});
const CIRCUIT_OPEN = 'lrs is unavailable: circuit breaker open after repeated failures';

describe('the LRS circuit breaker', () => {
  let stubs: RunningStubs;
  let app: StartedApp;
  let ui: Caller;

  beforeAll(async () => {
    stubs = await startStubs();
    app = await startLearnerRecords(stubs, {
      LRS_BREAKER_FAILURE_THRESHOLD: String(FAILURE_THRESHOLD),
      LRS_BREAKER_RESET_SECONDS: String(RESET_MS / 1000),
    });
    ui = await callerWith(stubs, app.url, [UI]);
  });

  afterAll(async () => {
    await app?.close();
    await stubs?.close();
  });

  afterEach(() => stubs.resetFaults());

  // First in the file: the breaker's window holds no earlier calls, so the threshold is exact.
  it('opens after repeated LRS 503s, then refuses both operations at once without calling LRS, and closes once LRS is back', async () => {
    await stubs.setFault({ prefix: '/lrs', status: 503 });
    await stubs.clearRequests();
    for (let call = 1; call <= FAILURE_THRESHOLD; call++) {
      const answer = await ui.post('/learners', FIND_TESTER);
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: 500,
        body: unexpected('Unparsable LRS Error'),
      });
    }
    expect(await stubs.requests('/lrs')).toHaveLength(FAILURE_THRESHOLD);

    for (const [path, body] of [
      ['/learners', FIND_TESTER],
      ['/learner-events', EVENTS_TESTONE],
    ] as const) {
      const started = performance.now();
      const refused = await ui.post(path, body);
      expect(performance.now() - started).toBeLessThan(500);
      expect({ status: refused.status, body: refused.body }).toEqual({
        status: 500,
        body: unexpected(CIRCUIT_OPEN),
      });
    }
    expect(await stubs.requests('/lrs')).toHaveLength(FAILURE_THRESHOLD);

    await stubs.resetFaults();
    expect((await ui.post('/learners', FIND_TESTER)).body).toEqual(unexpected(CIRCUIT_OPEN));
    await sleep(RESET_MS + 200);
    const recovered = await ui.post('/learners', FIND_TESTER);
    expect(recovered.status).toBe(200);
    expect(recovered.body.responseType).toBe('Exact Match');
    expect((await ui.post('/learner-events', EVENTS_TESTONE)).status).toBe(200);
    expect(await stubs.requests('/lrs')).toHaveLength(FAILURE_THRESHOLD + 2);
  });

  // Right after the circuit closed, the window still holds the earlier failures: one counted reset opens it.
  it('counts dropped connections as failures', async () => {
    await stubs.setFault({ prefix: '/lrs', reset: true });
    let refused = false;
    for (let call = 1; call <= FAILURE_THRESHOLD * 2 && !refused; call++) {
      const answer = await ui.post('/learners', FIND_TESTER);
      expect(answer.status).toBe(500);
      refused = answer.body.userMessage === `Unexpected error: ${CIRCUIT_OPEN}`;
    }
    expect(refused).toBe(true);
  });

  it('never opens on SOAP faults: LRS answered, so every call still reaches it', async () => {
    await sleep(RESET_MS + 200);
    expect((await ui.post('/learners', FIND_TESTER)).status).toBe(200);
    await stubs.clearRequests();
    const calls = FAILURE_THRESHOLD * 2;
    for (let call = 1; call <= calls; call++) {
      const answer = await ui.post('/learners', { ...FIND_TESTER, givenName: 'Fault' });
      expect(answer.status).toBe(500);
      expect(answer.body.errorCode).toBe('LRS Error');
    }
    expect(await stubs.requests('/lrs')).toHaveLength(calls);
    expect((await ui.post('/learners', FIND_TESTER)).status).toBe(200);
  });
});
