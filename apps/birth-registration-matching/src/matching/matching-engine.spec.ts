import type { MatchPayload } from '../payload/match-payload';
import type { BirthRecord, GroFlags } from '../records/birth-record';
import { MatchingSettings, matchRecords } from './matching-engine';
import { GroFlagRules } from './record-flags';
import { splitRecordForenames } from './record-names';

const DEFAULT_SETTINGS: MatchingSettings = {
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  matchOnMultiple: false,
  ignoreAdditionalNames: false,
};
const DEFAULT_RULES: GroFlagRules = {
  potentiallyFictitiousBirth: true,
  blockedRegistration: true,
  cancelled: true,
  marginalNote: true,
  reRegistered: true,
  correction: false,
};
const CLEAR: GroFlags = {
  registry: 'gro',
  format: 'v0',
  potentiallyFictitious: false,
  blocked: false,
  cancelled: false,
  correction: 'None',
  marginalNote: 'None',
  reRegistered: 'None',
};

function payload(change: Partial<MatchPayload> = {}): MatchPayload {
  return {
    firstName: 'Adam',
    lastName: 'Smith',
    dateOfBirth: { year: 2012, month: 2, day: 16 },
    whereBirthRegistered: 'england',
    ...change,
  };
}
function record(change: Partial<BirthRecord> = {}, flags: Partial<GroFlags> = {}): BirthRecord {
  return {
    referenceNumber: 123456789,
    forenames: 'Adam',
    lastName: 'Smith',
    dateOfBirth: { year: 2012, month: 2, day: 16 },
    flags: { ...CLEAR, ...flags },
    ...change,
  };
}
const match = (
  p: MatchPayload,
  records: BirthRecord[],
  settings: Partial<MatchingSettings> = {},
  rules: Partial<GroFlagRules> = {},
) => matchRecords(p, records, { ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_RULES, ...rules });

describe('splitRecordForenames', () => {
  it('takes as many first names as the payload has words', () => {
    expect(splitRecordForenames('Adam David TEST test', 'Adam TEST', false)).toEqual({
      firstNames: 'Adam David',
      additionalNames: 'TEST test',
    });
    expect(splitRecordForenames('Adam', 'Adam TEST', false)).toEqual({
      firstNames: 'Adam',
      additionalNames: '',
    });
    expect(splitRecordForenames('', 'Adam', false)).toEqual({ firstNames: '', additionalNames: '' });
    expect(splitRecordForenames('Adam David', '', false)).toEqual({
      firstNames: 'Adam',
      additionalNames: 'David',
    });
    expect(splitRecordForenames(' Adam   David ', 'Adam', true)).toEqual({
      firstNames: 'Adam',
      additionalNames: '',
    });
  });
});

describe('matchRecords — full matching', () => {
  it('matches identical details, ignoring case', () => {
    expect(match(payload({ firstName: 'ADAM', lastName: 'smith' }), [record()])).toEqual({
      matched: true,
      firstName: true,
      additionalNames: true,
      lastName: true,
      dateOfBirth: true,
    });
  });

  it('reports each failing part', () => {
    const result = match(
      payload({ firstName: 'Eve', lastName: 'Jones', dateOfBirth: { year: 2012, month: 2, day: 17 } }),
      [record()],
    );
    expect(result).toEqual({
      matched: false,
      firstName: false,
      additionalNames: true,
      lastName: false,
      dateOfBirth: false,
    });
  });

  it('never matches a record without a valid date', () => {
    expect(match(payload(), [record({ dateOfBirth: undefined })]).matched).toBe(false);
  });

  it('normalises whitespace in the record', () => {
    const messy = record({ forenames: '  Adam   David ', lastName: '  Jones  Smith ' });
    expect(match(payload({ additionalNames: 'David', lastName: 'Jones Smith' }), [messy]).matched).toBe(true);
  });

  it('does not fold accents', () => {
    expect(match(payload({ firstName: 'Chris' }), [record({ forenames: 'Chrîs' })]).matched).toBe(false);
    expect(match(payload({ firstName: 'CHRÎS' }), [record({ forenames: 'Chrîs' })]).matched).toBe(true);
  });

  it('never matches a first name that normalised to nothing, whatever the additional names', () => {
    const adamDavid = [record({ forenames: 'Adam David' })];
    expect(match(payload({ firstName: '', additionalNames: 'Adam David' }), adamDavid).matched).toBe(false);
    expect(match(payload({ firstName: '' }), adamDavid, { ignoreAdditionalNames: true }).matched).toBe(
      false,
    );
    expect(
      match(payload({ firstName: '' }), adamDavid, { ignoreAdditionalNames: true, lastName: false })
        .matched,
    ).toBe(false);
  });

  describe('additional names, not ignored (default)', () => {
    const adamDavid = [record({ forenames: 'Adam David' })];
    it.each([
      [{ additionalNames: 'David' }, true],
      [{ firstName: 'Adam David' }, true],
      [{}, false],
      [{ additionalNames: 'David James' }, false],
      [{ additionalNames: 'david' }, true],
    ])('payload %p → %p', (change, expected) =>
      expect(match(payload(change), adamDavid).matched).toBe(expected),
    );
  });

  describe('additional names, ignored', () => {
    const adamDavid = [record({ forenames: 'Adam David' })];
    it.each([
      [{}, true],
      [{ additionalNames: 'whatever' }, true],
      [{ firstName: 'Adam David James' }, false],
    ])('payload %p → %p', (change, expected) =>
      expect(match(payload(change), adamDavid, { ignoreAdditionalNames: true }).matched).toBe(expected),
    );
  });
});

describe('matchRecords — partial matching', () => {
  it('skips switched-off parts', () => {
    const other = record({ forenames: 'Eve', dateOfBirth: { year: 2000, month: 1, day: 1 } });
    expect(match(payload(), [other], { firstName: false, dateOfBirth: false }).matched).toBe(true);
    expect(match(payload(), [other], { firstName: false }).matched).toBe(false);
  });

  it('still compares additional names unless they are ignored', () => {
    const withMiddle = [record({ forenames: 'Adam David' })];
    expect(match(payload(), withMiddle, { firstName: false }).matched).toBe(false);
    expect(match(payload(), withMiddle, { firstName: false, ignoreAdditionalNames: true }).matched).toBe(
      true,
    );
  });

  it('compares the surname as the record sent it', () => {
    const messy = [record({ lastName: '  Jones  Smith ' })];
    expect(match(payload({ lastName: 'Jones Smith' }), messy, { dateOfBirth: false }).matched).toBe(false);
    expect(match(payload({ lastName: 'Jones Smith' }), messy).matched).toBe(true);
  });
});

describe('matchRecords — record count', () => {
  it('does not match without records', () => {
    expect(match(payload(), []).matched).toBe(false);
  });

  it('never matches duplicates by default, without comparing them', () => {
    expect(match(payload(), [record(), record()])).toEqual({
      matched: false,
      firstName: false,
      additionalNames: false,
      lastName: false,
      dateOfBirth: false,
    });
  });

  it('compares only the last record when matchOnMultiple is on', () => {
    const other = record({ forenames: 'Eve' });
    expect(match(payload(), [other, record()], { matchOnMultiple: true }).matched).toBe(true);
    expect(match(payload(), [record(), other], { matchOnMultiple: true }).matched).toBe(false);
  });
});

describe('matchRecords — GRO flags', () => {
  it.each([
    [{ potentiallyFictitious: true }, false],
    [{ blocked: true }, false],
    [{ cancelled: true }, false],
    [{ marginalNote: 'Other' }, false],
    [{ marginalNote: ' re-registered ' }, false],
    [{ marginalNote: 'COURT ORDER IN PLACE' }, false],
    [{ marginalNote: 'Court order revoked' }, true],
    [{ marginalNote: undefined }, true],
    [{ reRegistered: 'Other' }, false],
    [{ reRegistered: 'Re-registered' }, true],
    [{ correction: 'Typo corrected' }, true],
  ])('flags %p → matched %p with default rules', (flags, expected) => {
    const result = match(payload(), [record({}, flags)]);
    expect(result.matched).toBe(expected);
    expect(result.firstName && result.lastName && result.dateOfBirth).toBe(true);
  });

  it('ignores a flag whose rule is off', () => {
    expect(match(payload(), [record({}, { cancelled: true })], {}, { cancelled: false }).matched).toBe(true);
    expect(
      match(payload(), [record({}, { marginalNote: 'Other' })], {}, { marginalNote: false }).matched,
    ).toBe(true);
  });

  it('blocks any correction, even "None", when the correction rule is on', () => {
    expect(match(payload(), [record()], {}, { correction: true }).matched).toBe(false);
    expect(match(payload(), [record({}, { correction: undefined })], {}, { correction: true }).matched).toBe(
      true,
    );
  });

  it('never flags NRS records', () => {
    const cancelled = record({ flags: { registry: 'nrs', status: -6, deathCode: 1 } });
    expect(match(payload({ whereBirthRegistered: 'scotland' }), [cancelled]).matched).toBe(true);
  });
});
