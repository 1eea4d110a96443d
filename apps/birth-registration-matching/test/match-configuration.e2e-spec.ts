import { captureLogs, RunningStubs, startApp, startStubs } from '@libs/testing';
import { AppModule } from '../src/app.module';
import { BRM_PLATFORM_OPTIONS } from '../src/platform-options';
import { ADAM_SCOTLAND, BrmApp, GIBBY, metricValue, recordAudits, startBrm } from './brm-test-app';

const GRO_PREFIX = '/birth-registration-matching-proxy';
const { birthReferenceNumber: _gibbyReference, ...GIBBY_DETAILS } = GIBBY;

describe('configuration switches', () => {
  let stubs: RunningStubs;

  beforeAll(async () => {
    stubs = await startStubs();
  });

  afterAll(async () => {
    await stubs?.close();
  });

  beforeEach(async () => {
    await stubs.clearRequests();
  });

  async function withBrm(env: Record<string, string>, test: (brm: BrmApp) => Promise<void>): Promise<void> {
    const brm = await startBrm(stubs, env);
    try {
      await test(brm);
    } finally {
      await brm.close();
    }
  }

  it('BRM_MATCHING_IGNORE_ADDITIONAL_NAMES=true ignores additional names and leaves them out of searches', async () => {
    await withBrm({ BRM_MATCHING_IGNORE_ADDITIONAL_NAMES: 'true' }, async (brm) => {
      const adam = {
        firstName: 'Adam',
        lastName: 'SMITH',
        dateOfBirth: '2009-07-01',
        whereBirthRegistered: 'england',
      };
      expect(
        (await brm.match({ ...adam, birthReferenceNumber: '500035712', additionalNames: 'whatever' })).body,
      ).toEqual({ matched: true });
      expect(
        (await brm.match({ ...adam, birthReferenceNumber: '500035712', firstName: 'Adam TEST david james' }))
          .body,
      ).toEqual({ matched: false });
      expect((await brm.match({ ...adam, additionalNames: 'TEST' })).body).toEqual({ matched: true });
      const details = (await stubs.requests(GRO_PREFIX)).find((call) => call.path.endsWith('/details'));
      expect(details?.body).toEqual({ forenames: 'Adam', lastname: 'SMITH', dateofbirth: '2009-07-01' });
      await brm.match({
        firstName: 'ANTHONY',
        additionalNames: 'James',
        lastName: 'ANDREWS',
        dateOfBirth: '2016-11-08',
        whereBirthRegistered: 'scotland',
      });
      expect((await stubs.requests('/national-records'))[0].body).toEqual({
        firstName: 'ANTHONY',
        lastName: 'ANDREWS',
        dateOfBirth: '2016-11-08',
      });
    });
  });

  it('BRM_MATCHING_MATCH_ON_MULTIPLE=true compares the last of several records', async () => {
    await withBrm({ BRM_MATCHING_MATCH_ON_MULTIPLE: 'true' }, async (brm) => {
      expect((await brm.match(GIBBY_DETAILS)).body).toEqual({ matched: true });
      expect((await brm.match({ ...ADAM_SCOTLAND, birthReferenceNumber: '2017999010' })).body).toEqual({
        matched: true,
      });
    });
  });

  it('BRM_DOB_VALIDATION_ENABLED=false looks up births before the cut-off', async () => {
    await withBrm({ BRM_DOB_VALIDATION_ENABLED: 'false' }, async (brm) => {
      const before = {
        firstName: 'Adam TEST',
        lastName: 'SMITH',
        dateOfBirth: '2009-06-30',
        whereBirthRegistered: 'england',
      };
      expect((await brm.match(before)).body).toEqual({ matched: true });
      expect(
        (await brm.match({ ...ADAM_SCOTLAND, birthReferenceNumber: '2017734100', dateOfBirth: '2009-06-30' }))
          .body,
      ).toEqual({ matched: true });
    });
  });

  it('BRM_DOB_VALIDATION_VALUE moves the cut-off', async () => {
    await withBrm({ BRM_DOB_VALIDATION_VALUE: '2012-01-01' }, async (brm) => {
      expect((await brm.match(GIBBY)).body).toEqual({ matched: false });
      expect(await stubs.requests()).toHaveLength(0);
    });
  });

  it('BRM_GRO_RESPONSE_V1_ENABLED=true reads the v1 record format', async () => {
    await withBrm(
      { BRM_GRO_RESPONSE_V1_ENABLED: 'true', BRM_DOB_VALIDATION_ENABLED: 'false' },
      async (brm) => {
        const joan = {
          birthReferenceNumber: '123456789',
          firstName: 'Joan',
          additionalNames: 'Narcissus Ouroboros',
          lastName: 'SMITH',
          dateOfBirth: '2008-08-08',
          whereBirthRegistered: 'england',
        };
        expect((await brm.match(joan)).body).toEqual({ matched: true });
        expect((await brm.match(GIBBY)).body).toEqual({ matched: false });
      },
    );
  });

  it('BRM_GRONI_* switched on: Northern Ireland answers false from the GRO-NI connector without any network call', async () => {
    await withBrm(
      { BRM_GRONI_ENABLED: 'true', BRM_GRONI_REFERENCE_ENABLED: 'true', BRM_GRONI_DETAILS_ENABLED: 'true' },
      async (brm) => {
        const audits = recordAudits(brm);
        const ni = { ...GIBBY, birthReferenceNumber: '12', whereBirthRegistered: 'Northern Ireland' };
        expect((await brm.match(ni)).body).toEqual({ matched: false });
        expect(await stubs.requests()).toHaveLength(0);
        expect(audits.types()).toEqual([
          'BRM-GRONorthernIreland-Results',
          'BRM-Matching-Results',
          'BRM-GRONorthernIreland-Results',
          'BRM-RequestsAndResults',
        ]);
        expect(audits.events()[0]).toMatchObject({
          tags: { path: 'gro-ni-reference' },
          detail: { match: 'false' },
        });
        expect(
          await metricValue(brm, 'brm_connector_status_total', { connector: 'gro-ni', status: '501' }),
        ).toBe(1);
      },
    );
  });

  it('BRM_GRO_REFERENCE_ENABLED=false and BRM_NRS_ENABLED=false answer false without a lookup', async () => {
    await withBrm({ BRM_GRO_REFERENCE_ENABLED: 'false', BRM_NRS_ENABLED: 'false' }, async (brm) => {
      expect((await brm.match(GIBBY)).body).toEqual({ matched: false });
      expect((await brm.match(ADAM_SCOTLAND)).body).toEqual({ matched: false });
      expect(await stubs.requests()).toHaveLength(0);
      const adam = {
        firstName: 'Adam TEST',
        lastName: 'SMITH',
        dateOfBirth: '2012-02-16',
        whereBirthRegistered: 'england',
      };
      expect((await brm.match(adam)).body).toEqual({ matched: true });
    });
  });

  it('BRM_GRO_DETAILS_ENABLED=false blocks only details searches', async () => {
    await withBrm({ BRM_GRO_DETAILS_ENABLED: 'false' }, async (brm) => {
      expect((await brm.match(GIBBY_DETAILS)).body).toEqual({ matched: false });
      expect(await stubs.requests()).toHaveLength(0);
      expect((await brm.match(GIBBY)).body).toEqual({ matched: true });
    });
  });

  it('BRM_MATCHING_DATE_OF_BIRTH=false switches to partial matching', async () => {
    await withBrm({ BRM_MATCHING_DATE_OF_BIRTH: 'false' }, async (brm) => {
      expect((await brm.match({ ...GIBBY, dateOfBirth: '2015-01-01' })).body).toEqual({ matched: true });
      // Partial matching compares the record's surname as sent ("  Jones  Smith ").
      const messy = {
        birthReferenceNumber: '400000021',
        firstName: 'Adam',
        additionalNames: 'David',
        lastName: 'Jones Smith',
        dateOfBirth: '2012-02-16',
        whereBirthRegistered: 'england',
      };
      expect((await brm.match(messy)).body).toEqual({ matched: false });
    });
  });

  it('BRM_MATCHING_FIRST_NAME=false and BRM_MATCHING_LAST_NAME=false skip those comparisons', async () => {
    await withBrm({ BRM_MATCHING_FIRST_NAME: 'false', BRM_MATCHING_LAST_NAME: 'false' }, async (brm) => {
      expect((await brm.match({ ...GIBBY, firstName: 'Someone', lastName: 'Else' })).body).toEqual({
        matched: true,
      });
    });
  });

  it('BRM_GRO_FLAG_CORRECTION_PROCESS=true blocks every record carrying a correction, even "None"', async () => {
    await withBrm({ BRM_GRO_FLAG_CORRECTION_PROCESS: 'true' }, async (brm) => {
      expect((await brm.match(GIBBY)).body).toEqual({ matched: false });
    });
  });

  it('switching a flag rule off lets flagged records match', async () => {
    await withBrm(
      {
        BRM_GRO_FLAG_CANCELLED_PROCESS: 'false',
        BRM_GRO_FLAG_MARGINAL_NOTE_PROCESS: 'false',
        BRM_GRO_FLAG_POTENTIALLY_FICTITIOUS_BIRTH_PROCESS: 'false',
        BRM_GRO_FLAG_BLOCKED_REGISTRATION_PROCESS: 'false',
        BRM_GRO_FLAG_RE_REGISTERED_PROCESS: 'false',
      },
      async (brm) => {
        const chris = {
          firstName: 'Chris',
          lastName: 'Jones',
          dateOfBirth: '2012-02-16',
          whereBirthRegistered: 'england',
        };
        for (const reference of ['400000010', '400000011', '400000012', '400000013', '400000017']) {
          expect((await brm.match({ ...chris, birthReferenceNumber: reference })).body).toEqual({
            matched: true,
          });
        }
      },
    );
  });

  it('BRM_FLAGS_LOGGING=false leaves flags out of audits; BRM_FLAGS_PROCESS is only echoed', async () => {
    await withBrm({ BRM_FLAGS_LOGGING: 'false', BRM_FLAGS_PROCESS: 'false' }, async (brm) => {
      const audits = recordAudits(brm);
      await brm.match(GIBBY);
      const detail = audits.events()[2].detail;
      expect(detail['features.flags.logging']).toBe('false');
      expect(detail['features.flags.process']).toBe('false');
      expect(
        Object.keys(detail).filter((key) => key.includes('.flags.') && key.startsWith('records')),
      ).toEqual([]);
      expect(detail['records.record1.numberOfForenames']).toBe('1');
    });
  });

  /** The audit events written to the log while `action` ran. */
  async function auditLogLines(action: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
    const logs = captureLogs();
    try {
      await action();
    } finally {
      logs.stop();
    }
    return logs.lines().filter((line) => 'audit' in line);
  }

  it('writes every audit event to the log at LOG_LEVEL=warn, where request lines are not written', async () => {
    await withBrm({ LOG_LEVEL: 'warn', AUDIT_LOG_LEVEL: 'info' }, async (brm) => {
      const lines = await auditLogLines(() => brm.match(GIBBY));
      expect(lines.map((line) => (line.audit as { auditType: string }).auditType).sort()).toEqual([
        'BRM-GROEnglandAndWales-Results',
        'BRM-Matching-Results',
        'BRM-RequestsAndResults',
      ]);
      for (const line of lines) {
        expect(line).toMatchObject({ level: 30, context: 'BrmAudit' });
        expect(line.audit).toMatchObject({ auditSource: 'brm', detail: { brmKey: expect.any(String) } });
      }
    });
  });

  it('BRM_AUDITING_ENABLED=false sends no audit events', async () => {
    await withBrm({ BRM_AUDITING_ENABLED: 'false', AUDIT_LOG_LEVEL: 'info' }, async (brm) => {
      const audits = recordAudits(brm);
      const lines = await auditLogLines(async () => {
        await brm.match(GIBBY);
        await brm.match({ ...GIBBY, firstName: '' });
      });
      expect(audits.events()).toEqual([]);
      expect(lines).toEqual([]);
    });
  });

  it('refuses to start without the required variables, naming each of them in one report', async () => {
    await expect(
      startApp(AppModule, {
        platform: BRM_PLATFORM_OPTIONS,
        env: {
          BRM_GRO_PROXY_URL: undefined,
          BRM_DES_URL: undefined,
          BRM_DES_ENVIRONMENT: undefined,
          BRM_DES_AUTH_TOKEN: undefined,
        },
      }),
    ).rejects.toThrow(
      'BRM_GRO_PROXY_URL is required; BRM_DES_URL is required; BRM_DES_ENVIRONMENT is required; BRM_DES_AUTH_TOKEN is required',
    );
  });

  it('refuses to start with a switch that is not true or false, without echoing the value', async () => {
    const start = startBrm(stubs, { BRM_MATCHING_MATCH_ON_MULTIPLE: 'sometimes' });
    await expect(start).rejects.toThrow('BRM_MATCHING_MATCH_ON_MULTIPLE must be true or false');
    await expect(start).rejects.not.toThrow('sometimes');
  });
});
