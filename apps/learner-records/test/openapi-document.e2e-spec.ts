import { http, openApiProblems, RunningStubs, startStubs, StartedApp } from '@libs/testing';
import { startLearnerRecords } from './learner-records-test-app';

describe('the published OpenAPI document', () => {
  let stubs: RunningStubs;
  let app: StartedApp;
  beforeAll(async () => {
    stubs = await startStubs();
    app = await startLearnerRecords(stubs);
  });
  afterAll(async () => {
    await app?.close();
    await stubs?.close();
  });

  it('passes redocly lint and gives a generated client a body type for every response', async () => {
    const document = (await http(app.url).get('/v3/api-docs')).body as object;
    expect(await openApiProblems(document)).toEqual([]);
  });

  it("carries the reference's version and security: a bearer scheme per role naming it, consumer scopes listed", async () => {
    const document = (await http(app.url).get('/v3/api-docs')).body as {
      info: { version: string };
      security: Record<string, string[]>[];
      components: {
        securitySchemes: Record<
          string,
          { type: string; scheme: string; bearerFormat: string; description: string }
        >;
      };
    };
    expect(document.info.version).toBe('v0');
    expect(document.security).toEqual([
      { ROLE_LEARNER_RECORDS_SEARCH__RO: ['read'] },
      { ROLE_LEARNER_RECORDS__LEARNER_RECORDS_MATCH_UI: ['read', 'write'] },
    ]);
    for (const role of [
      'ROLE_LEARNER_RECORDS_SEARCH__RO',
      'ROLE_LEARNER_RECORDS__LEARNER_RECORDS_MATCH_UI',
      'ROLE_SAR_DATA_ACCESS',
      'ROLE_QUEUE_ADMIN',
    ]) {
      expect(document.components.securitySchemes[role]).toEqual({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: `A HMPPS Auth access token with the \`${role}\` role.`,
      });
    }
  });
});
