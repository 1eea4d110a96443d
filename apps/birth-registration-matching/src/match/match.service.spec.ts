import { UpstreamStatusError, UpstreamTimeoutError } from '@libs/upstream';
import { Test } from '@nestjs/testing';
import { BRM_CONFIG, readBrmConfig } from '../config';
import { BrmFailure } from '../errors/brm-errors';
import { RegistryLookupService } from '../lookup/registry-lookup.service';
import type { MatchPayload } from '../payload/match-payload';
import type { CallContext, RegistryAnswer } from '../upstream/call-context';
import { DesClient } from '../upstream/des.client';
import { GroClient } from '../upstream/gro.client';
import { MatchService } from './match.service';

const CONTEXT: CallContext = { brmKey: 'dfs-2026-12-02-key', correlationId: 'c-1', requestId: 'r-1' };
const GIBBY: MatchPayload = {
  birthReferenceNumber: '400000001',
  firstName: 'Gibby',
  lastName: 'Haynes',
  dateOfBirth: { year: 2011, month: 10, day: 1 },
  whereBirthRegistered: 'england',
};
const groRecord = (givenName: string) =>
  JSON.stringify({
    systemNumber: 400000001,
    subjects: { child: { name: { givenName, surname: 'Haynes' }, dateOfBirth: '2011-10-01' } },
    status: {},
  });
const answer = (status: number, text: string): RegistryAnswer => ({ status, text });

/** The match service and the real lookup service over stubbed registry gateways that count their calls. */
async function matchService(env: Record<string, string> = {}) {
  const gro = { reference: jest.fn(), details: jest.fn() };
  const des = { reference: jest.fn(), details: jest.fn() };
  const module = await Test.createTestingModule({
    providers: [
      MatchService,
      RegistryLookupService,
      { provide: GroClient, useValue: gro },
      { provide: DesClient, useValue: des },
      {
        provide: BRM_CONFIG,
        useValue: readBrmConfig({
          BRM_GRO_PROXY_URL: 'http://gro.test',
          BRM_DES_URL: 'http://des.test',
          BRM_DES_ENVIRONMENT: 'dev',
          BRM_DES_AUTH_TOKEN: 'local-des-token',
          ...env,
        }),
      },
    ],
  })
    // Metrics, auditor and loggers are not what these tests are about: each gets a stub whose methods do nothing.
    .useMocker(() => new Proxy({}, { get: (_target, name) => (name === 'then' ? undefined : () => () => 0) }))
    .compile();
  return { service: module.get(MatchService), gro, des };
}

describe('MatchService with stubbed registry gateways', () => {
  it('asks GRO once by reference for England and matches the record', async () => {
    const { service, gro, des } = await matchService();
    gro.reference.mockResolvedValue(answer(200, groRecord('Gibby')));
    await expect(service.match(GIBBY, CONTEXT)).resolves.toEqual({ matched: true });
    expect(gro.reference).toHaveBeenCalledTimes(1);
    expect(gro.reference).toHaveBeenCalledWith('400000001', CONTEXT);
    expect(gro.details).not.toHaveBeenCalled();
    expect(des.reference).not.toHaveBeenCalled();
  });

  it('searches DES once by details for Scotland without a reference number', async () => {
    const { service, gro, des } = await matchService();
    des.details.mockResolvedValue(answer(404, ''));
    const payload = { ...GIBBY, birthReferenceNumber: undefined, whereBirthRegistered: 'scotland' } as const;
    await expect(service.match(payload, CONTEXT)).resolves.toEqual({ matched: false });
    expect(des.details).toHaveBeenCalledTimes(1);
    expect(des.reference).not.toHaveBeenCalled();
    expect(gro.reference).not.toHaveBeenCalled();
  });

  it('answers no match without any registry call for a birth before the cut-off', async () => {
    const { service, gro, des } = await matchService();
    const payload = { ...GIBBY, dateOfBirth: { year: 2009, month: 6, day: 30 } };
    await expect(service.match(payload, CONTEXT)).resolves.toEqual({ matched: false });
    expect([...gro.reference.mock.calls, ...des.reference.mock.calls]).toEqual([]);
  });

  it('does not match a record with another first name', async () => {
    const { service, gro } = await matchService();
    gro.reference.mockResolvedValue(answer(200, groRecord('Adam')));
    await expect(service.match(GIBBY, CONTEXT)).resolves.toEqual({ matched: false });
  });

  it.each([
    [
      'a 503 from GRO',
      new UpstreamStatusError('gro', 503, undefined, '', 'gro answered 503'),
      'GRO_CONNECTION_DOWN',
    ],
    [
      'a GRO timeout',
      new UpstreamTimeoutError('gro', 1000, 'POST /birth-registration-matching-proxy/match/reference'),
      'GRO_CONNECTION_DOWN',
    ],
  ])('throws a BrmFailure for %s', async (_label, error, code) => {
    const { service, gro } = await matchService();
    gro.reference.mockRejectedValue(error);
    const failure = await service.match(GIBBY, CONTEXT).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BrmFailure);
    expect((failure as BrmFailure).error.body.code).toBe(code);
    expect(gro.reference).toHaveBeenCalledTimes(1);
  });

  it('reads the unreadable GRO answer as GRO_UNEXPECTED_RESPONSE', async () => {
    const { service, gro } = await matchService();
    gro.reference.mockResolvedValue(answer(200, 'not json'));
    await expect(service.match(GIBBY, CONTEXT)).rejects.toMatchObject({
      error: { status: 500, body: { code: 'GRO_UNEXPECTED_RESPONSE' } },
    });
  });
});
