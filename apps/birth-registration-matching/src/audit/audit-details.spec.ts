import { readBrmConfig } from '../config';
import { NO_MATCH } from '../matching/matching-engine';
import type { MatchPayload } from '../payload/match-payload';
import type { BirthRecord } from '../records/birth-record';
import { otherResultsDetail, payloadErrorDetail, transactionDetail } from './audit-details';

const config = readBrmConfig({
  BRM_GRO_PROXY_URL: 'http://gro',
  BRM_DES_URL: 'http://des',
  BRM_DES_ENVIRONMENT: 'dev',
  BRM_DES_AUTH_TOKEN: 't',
});
const payload: MatchPayload = {
  firstName: 'Adam',
  lastName: 'Smith',
  dateOfBirth: { year: 2012, month: 2, day: 16 },
  whereBirthRegistered: 'scotland',
};
const nrsRecord = (status: number, deathCode: number): BirthRecord => ({
  referenceNumber: 2017734003,
  forenames: 'Adam David James',
  lastName: ' Smith  Jones ',
  flags: { registry: 'nrs', status, deathCode },
});

describe('transactionDetail', () => {
  it('describes the payload, the switches of its registry and the result', () => {
    const detail = transactionDetail(config, payload, 'nrs', [], NO_MATCH);
    expect(detail).toEqual({
      'features.matchFirstName': 'true',
      'features.matchLastName': 'true',
      'features.matchDateOfBirth': 'true',
      'features.matchOnMultiple': 'false',
      'features.ignoreMiddleNames': 'false',
      'features.downstream.enabled': 'true',
      'features.reference.enabled': 'true',
      'features.details.enabled': 'true',
      'features.flags.logging': 'true',
      'features.flags.process': 'true',
      'payload.birthReferenceNumber': 'No Birth Reference Number',
      'payload.firstName': 'Adam',
      'payload.additionalNames': '',
      'payload.lastName': 'Smith',
      'payload.dateOfBirth': '2012-02-16',
      'payload.whereBirthRegistered': 'scotland',
      recordFound: 'false',
      multipleRecords: 'false',
      birthsPerSearch: '0',
      match: 'false',
      matchFirstName: 'false',
      matchAdditionalNames: 'false',
      matchLastName: 'false',
      matchDateOfBirth: 'false',
    });
  });

  it('counts the words and characters of each record after splitting its forenames', () => {
    const detail = transactionDetail(config, payload, 'nrs', [nrsRecord(1, 0), nrsRecord(-4, 2)], NO_MATCH);
    expect(detail).toMatchObject({
      'records.record1.numberOfForenames': '1',
      'records.record1.numberOfAdditionalNames': '2',
      'records.record1.numberOfLastnames': '2',
      'records.record1.numberOfCharactersInFirstName': '4',
      'records.record1.numberOfCharactersInAdditionalName': '11',
      'records.record1.numberOfCharactersInLastName': '11',
      'records.record1.flags.status': 'Valid',
      'records.record1.flags.deathCode': 'Not deceased',
      'records.record2.flags.status': 'Corrections',
      'records.record2.flags.deathCode': 'Potentially deceased',
      multipleRecords: 'true',
      birthsPerSearch: '2',
    });
  });

  it.each([
    [-5, 'Incomplete'],
    [-6, 'Cancelled'],
    [3, 'Unknown'],
  ])('names NRS status %i as %s', (status, name) => {
    expect(
      transactionDetail(config, payload, 'nrs', [nrsRecord(status, 0)], NO_MATCH)[
        'records.record1.flags.status'
      ],
    ).toBe(name);
  });

  it('uses the v1 flag names for v1 GRO records', () => {
    const record: BirthRecord = {
      referenceNumber: 123456789,
      forenames: 'Joan',
      lastName: 'SMITH',
      flags: {
        registry: 'gro',
        format: 'v1',
        potentiallyFictitious: true,
        blocked: false,
        cancelled: false,
        correction: ' none ',
        marginalNote: '\u00a0none',
        reRegistered: 'Other',
      },
    };
    const detail = transactionDetail(
      config,
      { ...payload, whereBirthRegistered: 'england' },
      'gro',
      [record],
      NO_MATCH,
    );
    expect(detail).toMatchObject({
      'records.record1.flags.potentiallyFictitious': 'true',
      'records.record1.flags.blocked': 'false',
      'records.record1.flags.correction': 'None',
      // Java's trim keeps a no-break space, so this note does not read as "none".
      'records.record1.flags.marginalNote': 'Marginal note on record',
      'records.record1.flags.reregistration': 'Re-registration on record',
    });
    expect(Object.keys(detail)).not.toContain('records.record1.flags.blockedRegistration');
  });
});

describe('payload error details', () => {
  it('keeps an all-string body and drops one with other values', () => {
    expect(payloadErrorDetail({ firstName: 'Adam', lastName: '' })).toEqual({
      firstName: 'Adam',
      lastName: '',
    });
    expect(payloadErrorDetail({ firstName: 'Adam', dateOfBirth: 2012 })).toEqual({});
    expect(payloadErrorDetail(['Adam'])).toEqual({});
  });

  it('reports the country as JSON text', () => {
    expect(otherResultsDetail({ whereBirthRegistered: 'fiji' })).toEqual({ country: '"fiji"' });
    expect(otherResultsDetail({ whereBirthRegistered: 12 })).toEqual({ country: '12' });
    expect(otherResultsDetail({})).toEqual({ country: 'no country specified' });
    expect(otherResultsDetail('text')).toEqual({ country: 'no country specified' });
  });
});
