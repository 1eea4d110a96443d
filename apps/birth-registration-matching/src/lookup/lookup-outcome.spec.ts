import {
  UpstreamCircuitOpenError,
  UpstreamConnectionError,
  UpstreamMalformedResponseError,
  UpstreamTimeoutError,
} from '@libs/upstream';
import { readGroRecords } from '../upstream/gro-record-reader';
import { readNrsRecords } from '../upstream/nrs-record-reader';
import { LookupOutcome, outcomeOfException, outcomeOfResponse } from './lookup-outcome';
import type { Registry } from './registry';

const readGro = (json: unknown) => readGroRecords(json, 'v0');
const summary = (outcome: LookupOutcome) =>
  outcome.kind === 'failed'
    ? {
        status: outcome.error.status,
        code: outcome.error.body.code,
        connectorStatus: outcome.connectorStatus,
      }
    : { kind: outcome.kind, connectorStatus: outcome.connectorStatus };

describe('outcomeOfResponse', () => {
  it('reads records from a 200', () => {
    const outcome = outcomeOfResponse('gro', 200, JSON.stringify({ systemNumber: 1 }), readGro);
    expect(outcome.kind === 'records' && outcome.records.map((r) => r.referenceNumber)).toEqual([1]);
  });

  it.each(['{}', '[]'])('gives no records for %s', (text) => {
    expect(outcomeOfResponse('gro', 200, text, readGro)).toEqual({
      kind: 'records',
      records: [],
      connectorStatus: 200,
    });
    expect(outcomeOfResponse('nrs', 200, '{"births":[]}', readNrsRecords)).toEqual({
      kind: 'records',
      records: [],
      connectorStatus: 200,
    });
  });

  it.each(['', 'not json', '<xml/>'])('fails a 200 whose body %p is not JSON', (text) => {
    expect(summary(outcomeOfResponse('gro', 200, text, readGro))).toEqual({
      status: 500,
      code: 'GRO_UNEXPECTED_RESPONSE',
      connectorStatus: 500,
    });
  });

  it('fails a list with an unreadable record', () => {
    expect(
      summary(
        outcomeOfResponse('nrs', 200, '{"births":[{"id":"x","status":1,"deathCode":0}]}', readNrsRecords),
      ),
    ).toEqual({
      status: 500,
      code: 'NRS_UNEXPECTED_RESPONSE',
      connectorStatus: 500,
    });
  });

  it.each([403, 404, 501])('treats %i as not found', (status) => {
    expect(outcomeOfResponse('gro', status, '', readGro)).toEqual({
      kind: 'not-found',
      connectorStatus: status,
    });
  });

  it.each<[Registry, number, number, string, number]>([
    ['gro', 400, 500, 'GRO_UNEXPECTED_RESPONSE', 400],
    ['gro', 504, 500, 'GRO_UNEXPECTED_RESPONSE', 504],
    ['nrs', 504, 500, 'NRS_UNEXPECTED_RESPONSE', 504],
    ['gro', 500, 503, 'GRO_CONNECTION_DOWN', 503],
    ['gro', 502, 503, 'GRO_CONNECTION_DOWN', 503],
    ['gro', 503, 503, 'GRO_CONNECTION_DOWN', 503],
    ['gro', 599, 503, 'GRO_CONNECTION_DOWN', 503],
    ['nrs', 502, 503, 'DES_CONNECTION_DOWN', 503],
    ['nrs', 500, 503, 'NRS_CONNECTION_DOWN', 503],
    ['nrs', 503, 503, 'NRS_CONNECTION_DOWN', 503],
    ['nrs', 505, 503, 'NRS_CONNECTION_DOWN', 503],
    ['groni', 500, 500, 'GRO_NI_UNEXPECTED_RESPONSE', 500],
    ['gro', 201, 500, 'GRO_UNEXPECTED_RESPONSE', 500],
    ['gro', 204, 500, 'GRO_UNEXPECTED_RESPONSE', 500],
    ['gro', 302, 500, 'GRO_UNEXPECTED_RESPONSE', 500],
    ['nrs', 401, 500, 'NRS_UNEXPECTED_RESPONSE', 500],
    ['nrs', 429, 500, 'NRS_UNEXPECTED_RESPONSE', 500],
  ])('%s answering %i gives %i %s', (registry, upstreamStatus, status, code, connectorStatus) => {
    expect(summary(outcomeOfResponse(registry, upstreamStatus, '{}', readGro))).toEqual({
      status,
      code,
      connectorStatus,
    });
  });
});

describe('outcomeOfException', () => {
  const failures = [
    new UpstreamTimeoutError('gro', 100, 'POST /x'),
    new UpstreamConnectionError('gro', 'ECONNREFUSED', 'POST /x'),
    new UpstreamCircuitOpenError('gro'),
  ];

  it.each(failures)('reports GRO unavailable for %p', (error) => {
    expect(summary(outcomeOfException('gro', error))).toEqual({
      status: 503,
      code: 'GRO_CONNECTION_DOWN',
      connectorStatus: 503,
    });
  });

  it.each(failures)('reports DES unavailable for Scotland on %p', (error) => {
    expect(summary(outcomeOfException('nrs', error))).toEqual({
      status: 503,
      code: 'DES_CONNECTION_DOWN',
      connectorStatus: 503,
    });
  });

  it('fails a malformed JSON answer as an unexpected response', () => {
    expect(summary(outcomeOfException('gro', new UpstreamMalformedResponseError('gro', 'bad json')))).toEqual(
      {
        status: 500,
        code: 'GRO_UNEXPECTED_RESPONSE',
        connectorStatus: 500,
      },
    );
  });

  it('fails anything else as an internal error', () => {
    expect(summary(outcomeOfException('gro', new TypeError('boom')))).toEqual({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      connectorStatus: 500,
    });
  });
});
