import { http, openApiProblems, RunningStubs, startStubs } from '@libs/testing';
import { BrmApp, startBrm } from './brm-test-app';

describe('the published OpenAPI document', () => {
  let stubs: RunningStubs;
  let brm: BrmApp;
  beforeAll(async () => {
    stubs = await startStubs();
    brm = await startBrm(stubs);
  });
  afterAll(async () => {
    await brm?.close();
    await stubs?.close();
  });

  it('passes redocly lint and gives a generated client a body type for every response', async () => {
    const document = (await brm.client.get('/v3/api-docs')).body as object;
    expect(await openApiProblems(document)).toEqual([]);
  });

  it('documents every error of the match operation with the body it really has', async () => {
    const document = (await http(brm.started.url).get('/v3/api-docs')).body as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
      >;
    };
    const responses = document.paths['/birth-registration-matching/match'].post.responses;
    const schemaOf = (status: string) => Object.values(responses[status].content ?? {})[0]?.schema;
    expect(schemaOf('200')).toEqual({ $ref: '#/components/schemas/MatchAnswer' });
    for (const status of ['401', '403', '406', '503'])
      expect(schemaOf(status)).toEqual({ $ref: '#/components/schemas/BrmErrorBody' });
    for (const status of ['413', '415'])
      expect(schemaOf(status)).toEqual({ $ref: '#/components/schemas/PlatformErrorBody' });
    // Refused bodies and failed lookups are BRM's; unparsable JSON and unexpected errors the platform's.
    for (const status of ['400', '500'])
      expect(schemaOf(status)).toEqual({
        oneOf: [
          { $ref: '#/components/schemas/BrmErrorBody' },
          { $ref: '#/components/schemas/PlatformErrorBody' },
        ],
      });
  });
});
