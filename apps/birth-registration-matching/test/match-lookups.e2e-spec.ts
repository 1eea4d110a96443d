import { captureLogs, RunningStubs, startStubs } from '@libs/testing';
import { ADAM_SCOTLAND, BrmApp, GIBBY, metricValue, recordAudits, startBrm } from './brm-test-app';

const GRO_PATH = '/birth-registration-matching-proxy';
const DES_PATH = '/national-records';
const ADAM_ENGLAND = { firstName: 'Adam TEST', lastName: 'SMITH', whereBirthRegistered: 'england' };
const CHRIS_JONES = {
  firstName: 'Chris',
  lastName: 'Jones',
  dateOfBirth: '2012-02-16',
  whereBirthRegistered: 'england',
};

describe('POST /birth-registration-matching/match — lookups with the default configuration', () => {
  let stubs: RunningStubs;
  let brm: BrmApp;
  let audits: ReturnType<typeof recordAudits>;

  beforeAll(async () => {
    stubs = await startStubs();
    brm = await startBrm(stubs);
    audits = recordAudits(brm);
  });

  afterAll(async () => {
    await brm?.close();
    await stubs?.close();
  });

  beforeEach(async () => {
    audits.clear();
    await stubs.clearRequests();
  });

  async function matched(body: Record<string, unknown>): Promise<boolean> {
    const response = await brm.match(body);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers.accept).toBe('application/vnd.hmrc.1.0+json');
    return response.body.matched;
  }

  describe('England and Wales (GRO)', () => {
    it('matches by reference and sends the proxy its documented request', async () => {
      const response = await brm.match(GIBBY, {
        Accept: 'application/vnd.hmrc.1.0+json',
        'Audit-Source': 'dfs',
        'X-Correlation-Id': 'corr-1',
        'X-Request-ID': 'req-1',
        Authorization: 'Bearer caller-token',
      });
      expect(response.body).toEqual({ matched: true });
      const [call] = await stubs.requests(GRO_PATH);
      expect(call.path).toBe('/birth-registration-matching-proxy/match/reference');
      expect(call.body).toEqual({ reference: '400000001' });
      expect(call.headers).toMatchObject({
        'brm-key': expect.stringMatching(/^\d{8}:\d{8}-req-1-dfs-1\.0$/),
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'birth-registration-matching',
        'x-correlation-id': 'corr-1',
        'x-request-id': 'req-1',
      });
      expect(call.headers.authorization).toBeUndefined();
    });

    it('matches Wales through GRO too, case-insensitively', async () => {
      expect(
        await matched({ ...GIBBY, firstName: 'GIBBY', lastName: 'haynes', whereBirthRegistered: ' WalEs ' }),
      ).toBe(true);
    });

    it('answers false when the names or date differ from the record', async () => {
      expect(await matched({ ...GIBBY, firstName: 'Gibbs' })).toBe(false);
      expect(await matched({ ...GIBBY, dateOfBirth: '2011-10-02' })).toBe(false);
    });

    it('answers false when the proxy has no such record (404)', async () => {
      expect(await matched({ ...GIBBY, birthReferenceNumber: '999999999' })).toBe(false);
      expect(
        await metricValue(brm, 'brm_connector_status_total', { connector: 'proxy', status: '404' }),
      ).toBeGreaterThanOrEqual(1);
    });

    it('searches by details with first and additional names joined', async () => {
      expect(await matched({ ...ADAM_ENGLAND, dateOfBirth: '2012-02-16' })).toBe(true);
      expect(
        await matched({
          ...ADAM_ENGLAND,
          firstName: 'Adam',
          additionalNames: 'test',
          dateOfBirth: '2009-07-01',
        }),
      ).toBe(true);
      const calls = await stubs.requests(GRO_PATH);
      expect(calls.map((call) => call.path)).toEqual([
        '/birth-registration-matching-proxy/match/details',
        '/birth-registration-matching-proxy/match/details',
      ]);
      expect(calls[0].body).toEqual({ forenames: 'Adam TEST', lastname: 'SMITH', dateofbirth: '2012-02-16' });
      expect(calls[1].body).toEqual({ forenames: 'Adam test', lastname: 'SMITH', dateofbirth: '2009-07-01' });
    });

    it('normalises names before sending them upstream', async () => {
      await brm.match({
        ...ADAM_ENGLAND,
        firstName: '  Adam   TEST ',
        lastName: ' SMITH\t',
        dateOfBirth: '2012-02-16',
      });
      expect((await stubs.requests(GRO_PATH))[0].body).toEqual({
        forenames: 'Adam TEST',
        lastname: 'SMITH',
        dateofbirth: '2012-02-16',
      });
    });

    it('never matches a details search that finds several births', async () => {
      const { birthReferenceNumber: _reference, ...gibbyDetails } = GIBBY;
      expect(await matched(gibbyDetails)).toBe(false);
      const countries = audits.events().find((event) => event.auditType === 'BRM-GROEnglandAndWales-Results');
      expect(countries?.detail).toMatchObject({
        birthsPerSearch: '3',
        multipleRecords: 'true',
        recordFound: 'true',
        match: 'false',
      });
    });

    it('reads long multi-word forenames and two-word surnames', async () => {
      const ivor = {
        birthReferenceNumber: '500036682',
        firstName: 'Ivor Test Hywel Tom Jones Welcome In The Valleys Grand Slam',
        lastName: 'WILLIAMS JONES',
        dateOfBirth: '2009-11-23',
        whereBirthRegistered: 'wales',
      };
      expect(await matched(ivor)).toBe(true);
      expect(
        await matched({
          ...ivor,
          firstName: 'Ivor',
          additionalNames: 'Test Hywel Tom Jones Welcome In The Valleys Grand Slam',
        }),
      ).toBe(true);
    });

    it('compares hyphens and apostrophes literally', async () => {
      const mary = {
        birthReferenceNumber: '500035713',
        firstName: "Mary-Ann O'Leary",
        lastName: 'Smith-Johnson',
        dateOfBirth: '2009-07-01',
        whereBirthRegistered: 'england',
      };
      expect(await matched(mary)).toBe(true);
      expect(await matched({ ...mary, lastName: 'Smith Johnson' })).toBe(false);
    });

    it('answers false for a record with empty names and no date', async () => {
      expect(await matched({ ...GIBBY, birthReferenceNumber: '999999926' })).toBe(false);
    });

    it('answers false for a v1 record while the v0 format is configured', async () => {
      expect(
        await matched({
          birthReferenceNumber: '123456789',
          firstName: 'Joan',
          additionalNames: 'Narcissus Ouroboros',
          lastName: 'SMITH',
          dateOfBirth: '2009-08-08',
          whereBirthRegistered: 'england',
        }),
      ).toBe(false);
    });

    it('never matches a record whose date is impossible', async () => {
      expect(
        await matched({
          birthReferenceNumber: '400000023',
          firstName: 'Ada',
          lastName: 'Lovelace',
          dateOfBirth: '2012-02-29',
          whereBirthRegistered: 'england',
        }),
      ).toBe(false);
    });
  });

  describe('additional names (not ignored by default)', () => {
    const withAdditional = { ...ADAM_ENGLAND, dateOfBirth: '2009-07-01' };
    it.each([
      [
        '500035712 Adam TEST david',
        { birthReferenceNumber: '500035712', firstName: 'Adam', additionalNames: 'TEST david' },
        true,
      ],
      [
        '500035712 as one first name',
        { birthReferenceNumber: '500035712', firstName: 'Adam TEST david' },
        true,
      ],
      ['500035712 without additional names', { birthReferenceNumber: '500035712', firstName: 'Adam' }, false],
      [
        '500035712 with one of two additional names',
        { birthReferenceNumber: '500035712', firstName: 'Adam', additionalNames: 'TEST' },
        false,
      ],
      [
        '500035711 Adam, payload with an extra name',
        { birthReferenceNumber: '500035711', firstName: 'Adam', additionalNames: 'TEST' },
        false,
      ],
      ['500035711 Adam', { birthReferenceNumber: '500035711', firstName: 'Adam' }, true],
      [
        '500035711 Adam, payload first name only a control character',
        { birthReferenceNumber: '500035711', firstName: '\u0001', additionalNames: 'Adam' },
        false,
      ],
    ])('%s → %p', async (_label, change, expected) => {
      expect(await matched({ ...withAdditional, ...change })).toBe(expected);
    });
  });

  describe('case, whitespace and accents', () => {
    it('normalises the record’s whitespace', async () => {
      expect(
        await matched({
          ...CHRIS_JONES,
          birthReferenceNumber: '400000021',
          firstName: 'Adam',
          additionalNames: 'David',
          lastName: 'jones smith',
        }),
      ).toBe(true);
    });

    it('does not fold accents but ignores their case', async () => {
      const accented = { ...CHRIS_JONES, birthReferenceNumber: '400000020', lastName: 'Núñez' };
      expect(await matched({ ...accented, firstName: 'Chris' })).toBe(false);
      expect(await matched({ ...accented, firstName: 'CHRÎS', lastName: 'NÚÑEZ' })).toBe(true);
    });

    it('treats precomposed and decomposed accents as different', async () => {
      const jose = { ...CHRIS_JONES, birthReferenceNumber: '400000022', lastName: 'Garcia' };
      expect(await matched({ ...jose, firstName: 'Jos\u00e9' })).toBe(false);
      expect(await matched({ ...jose, firstName: 'Jose\u0301' })).toBe(true);
    });
  });

  describe('GRO record flags (default rules)', () => {
    it.each([
      ['400000010', 'potentially fictitious', false],
      ['400000011', 'blocked', false],
      ['400000012', 'cancelled', false],
      ['400000013', 'marginal note Other', false],
      ['400000014', 'marginal note Re-registered', false],
      ['400000015', 'marginal note Court order in place', false],
      ['400000016', 'marginal note Court order revoked', true],
      ['400000017', 're-registration Other', false],
      ['400000018', 're-registration Re-registered', true],
      ['400000019', 'correction (rule off by default)', true],
    ])('%s (%s) → %p', async (reference, _label, expected) => {
      expect(await matched({ ...CHRIS_JONES, birthReferenceNumber: reference })).toBe(expected);
      const matching = audits.events().find((event) => event.auditType === 'BRM-Matching-Results');
      // Part results are kept even when a flag forces no match.
      expect(matching?.detail).toMatchObject({
        matchFirstName: 'true',
        matchLastName: 'true',
        matchDateOfBirth: 'true',
        match: String(expected),
      });
    });

    it('audits the flags of the compared record', async () => {
      await brm.match({ ...CHRIS_JONES, birthReferenceNumber: '400000013' });
      const event = audits
        .events()
        .find((candidate) => candidate.auditType === 'BRM-GROEnglandAndWales-Results');
      expect(event?.tags).toEqual({ transactionName: 'brm-england-and-wales-match', path: 'gro-reference' });
      expect(event?.detail).toMatchObject({
        'records.record1.flags.potentiallyFictitiousBirth': 'false',
        'records.record1.flags.blockedRegistration': 'false',
        'records.record1.flags.cancelled': 'false',
        'records.record1.flags.correction': 'None',
        'records.record1.flags.marginalNote': 'Marginal note on record',
        'records.record1.flags.reRegistered': 'None',
      });
    });
  });

  describe('Scotland (NRS via DES)', () => {
    it('matches by reference and sends DES its documented request', async () => {
      expect(await matched({ ...ADAM_SCOTLAND, additionalNames: 'ignored' })).toBe(false);
      expect(await matched(ADAM_SCOTLAND)).toBe(true);
      const calls = await stubs.requests(DES_PATH);
      expect(calls[1].path).toBe('/national-records/births');
      expect(calls[0].body).toEqual({
        id: '2017734003',
        firstName: 'Adam TEST',
        lastName: 'SMITH',
        dateOfBirth: '2009-11-12',
      });
      expect(calls[1].headers).toMatchObject({
        authorization: 'Bearer ***',
        environment: 'dev',
        queryid: expect.stringMatching(/-dfs-1\.0$/),
        datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/),
        'content-type': 'application/json; charset=utf-8',
        'x-request-id': 'unknown',
      });
    });

    it('searches by details', async () => {
      expect(
        await matched({
          firstName: 'ANTHONY',
          lastName: 'ANDREWS',
          dateOfBirth: '2016-11-08',
          whereBirthRegistered: 'scotland',
        }),
      ).toBe(true);
      expect((await stubs.requests(DES_PATH))[0].body).toEqual({
        firstName: 'ANTHONY',
        lastName: 'ANDREWS',
        dateOfBirth: '2016-11-08',
      });
    });

    it('matches special characters and the longest names', async () => {
      expect(
        await matched({
          firstName: "Gab'iœ-Äæy",
          lastName: 'HaÐ0ÄœÄæes',
          dateOfBirth: '2011-10-01',
          whereBirthRegistered: 'scotland',
        }),
      ).toBe(true);
      expect(
        await matched({
          firstName: 'A'.repeat(250),
          lastName: 'S'.repeat(250),
          dateOfBirth: '2009-11-12',
          whereBirthRegistered: 'scotland',
        }),
      ).toBe(true);
      expect(
        await matched({
          firstName: 'A',
          lastName: 'S',
          dateOfBirth: '2009-11-12',
          whereBirthRegistered: 'scotland',
        }),
      ).toBe(true);
    });

    it('answers false when DES finds nothing (403)', async () => {
      expect(await matched({ ...ADAM_SCOTLAND, birthReferenceNumber: '2017000000' })).toBe(false);
      expect(
        await metricValue(brm, 'brm_connector_status_total', { connector: 'nrs', status: '403' }),
      ).toBeGreaterThanOrEqual(1);
    });

    it.each([
      ['2017350001', 'cancelled without child details'],
      ['2017350003', 'corrections without child details'],
      ['2017999001', 'only the required fields'],
      ['2017999002', 'a child without names or date'],
      ['2017999003', 'no child at all'],
    ])('answers false for %s (%s)', async (reference) => {
      expect(await matched({ ...ADAM_SCOTLAND, birthReferenceNumber: reference })).toBe(false);
    });

    it.each(['2017999004', '2017999005', '2017999006', '2017999007', '2017999008', '2017999009'])(
      'ignores missing parent or informant details (%s)',
      async (reference) => {
        expect(await matched({ ...ADAM_SCOTLAND, birthReferenceNumber: reference })).toBe(true);
      },
    );

    it('never matches two births', async () => {
      expect(await matched({ ...ADAM_SCOTLAND, birthReferenceNumber: '2017999010' })).toBe(false);
    });

    it('lets a cancelled NRS status through (audited only)', async () => {
      expect(
        await matched({
          firstName: 'Ewan',
          lastName: 'MACDONALD',
          dateOfBirth: '2015-03-02',
          whereBirthRegistered: 'scotland',
        }),
      ).toBe(true);
      const event = audits.events().find((candidate) => candidate.auditType === 'BRM-NRSScotland-Results');
      expect(event?.tags).toEqual({ transactionName: 'brm-scotland-match', path: 'nrs-details' });
      expect(event?.detail).toMatchObject({
        'records.record1.flags.status': 'Cancelled',
        'records.record1.flags.deathCode': 'Potentially deceased',
      });
    });
  });

  describe('Northern Ireland', () => {
    it('answers false without a lookup while GRO-NI is switched off', async () => {
      expect(
        await matched({ ...GIBBY, birthReferenceNumber: '1', whereBirthRegistered: 'northern ireland' }),
      ).toBe(false);
      expect(audits.types()).toEqual(['BRM-RequestsAndResults']);
      expect(await stubs.requests()).toHaveLength(0);
    });
  });

  describe('date-of-birth cut-off (2009-07-01)', () => {
    it.each([
      [
        '500035710 born 2006-11-12',
        { ...ADAM_ENGLAND, birthReferenceNumber: '500035710', dateOfBirth: '2006-11-12' },
      ],
      ['a details search born 2009-06-30', { ...ADAM_ENGLAND, dateOfBirth: '2009-06-30' }],
      [
        'Scotland 2017734100 born 2009-06-30',
        { ...ADAM_SCOTLAND, birthReferenceNumber: '2017734100', dateOfBirth: '2009-06-30' },
      ],
    ])('answers false for %s without calling the registry', async (_label, body) => {
      const before = await metricValue(brm, 'brm_date_of_birth_filtered_total');
      expect(await matched(body)).toBe(false);
      expect(await stubs.requests()).toHaveLength(0);
      expect(await metricValue(brm, 'brm_date_of_birth_filtered_total')).toBe(before + 1);
      expect(audits.events()).toEqual([
        expect.objectContaining({
          auditType: 'BRM-RequestsAndResults',
          detail: expect.objectContaining({ recordFound: 'false', birthsPerSearch: '0', match: 'false' }),
        }),
      ]);
    });

    it('looks up a birth on the cut-off date', async () => {
      expect(await matched({ ...ADAM_ENGLAND, dateOfBirth: '2009-07-01' })).toBe(true);
      expect(await stubs.requests(GRO_PATH)).toHaveLength(1);
    });
  });

  describe('audits and metrics of a lookup', () => {
    it('sends the matching, country and request events with the full transaction detail', async () => {
      await brm.match({ ...GIBBY, additionalNames: undefined });
      expect(audits.types()).toEqual([
        'BRM-Matching-Results',
        'BRM-GROEnglandAndWales-Results',
        'BRM-RequestsAndResults',
      ]);
      const [matching, , requests] = audits.events();
      expect(matching.detail).toEqual({
        match: 'true',
        matchFirstName: 'true',
        matchAdditionalNames: 'true',
        matchLastName: 'true',
        matchDateOfBirth: 'true',
        brmKey: expect.any(String),
      });
      expect(requests.tags).toEqual({
        transactionName: 'brm-customer-information-and-results',
        path: 'birth-registration-matching/match/reference',
      });
      expect(requests.detail).toMatchObject({
        'features.matchFirstName': 'true',
        'features.matchOnMultiple': 'false',
        'features.ignoreMiddleNames': 'false',
        'features.downstream.enabled': 'true',
        'features.flags.logging': 'true',
        'payload.birthReferenceNumber': '400000001',
        'payload.additionalNames': '',
        'payload.dateOfBirth': '2011-10-01',
        'payload.whereBirthRegistered': 'england',
        'records.record1.numberOfForenames': '1',
        'records.record1.numberOfCharactersInLastName': '6',
        recordFound: 'true',
        multipleRecords: 'false',
        birthsPerSearch: '1',
      });
      expect(new Set(audits.events().map((event) => event.detail.brmKey)).size).toBe(1);
    });

    it('counts matches, no-matches and connector statuses', async () => {
      const matches = await metricValue(brm, 'brm_match_results_total', { result: 'match' });
      const noMatches = await metricValue(brm, 'brm_match_results_total', { result: 'no-match' });
      const proxy200 = await metricValue(brm, 'brm_connector_status_total', {
        connector: 'proxy',
        status: '200',
      });
      await brm.match(GIBBY);
      await brm.match({ ...GIBBY, firstName: 'Nobody' });
      expect(await metricValue(brm, 'brm_match_results_total', { result: 'match' })).toBe(matches + 1);
      expect(await metricValue(brm, 'brm_match_results_total', { result: 'no-match' })).toBe(noMatches + 1);
      expect(
        await metricValue(brm, 'brm_connector_status_total', { connector: 'proxy', status: '200' }),
      ).toBe(proxy200 + 2);
      expect(
        await metricValue(brm, 'brm_connector_duration_seconds_count', { connector: 'proxy' }),
      ).toBeGreaterThanOrEqual(2);
    });

    it('puts each request’s own key on its log lines, even when requests overlap', async () => {
      const logs = captureLogs();
      try {
        const filtered = (source: string) =>
          brm.match(
            { ...ADAM_ENGLAND, dateOfBirth: '2000-01-01' },
            {
              Accept: 'application/vnd.hmrc.1.0+json',
              'Audit-Source': source,
              'X-Request-ID': `id-${source}`,
            },
          );
        await Promise.all(['alpha', 'beta', 'gamma', 'delta'].map(filtered));
      } finally {
        logs.stop();
      }
      const warnings = logs.lines().filter((line) => String(line.msg).startsWith('request filtered'));
      expect(warnings).toHaveLength(4);
      for (const line of warnings) {
        const source = String(line.brmKey).split('-')[3];
        expect(line.brmKey).toMatch(new RegExp(`^\\d{8}:\\d{8}-id-${source}-${source}-1\\.0$`));
      }
      expect(new Set(warnings.map((line) => line.brmKey)).size).toBe(4);
    });
  });
});
